import { describe, expect, it } from 'vitest';
import { createInstance } from 'i18next';
import { resources } from '@renderer/i18n';
import { PARSER_FAULT_ENGLISH, parserDetailInEnglish } from '@shared/parser-errors';
import { failureText } from './failureText';

async function bulgarian() {
  const i18n = createInstance();
  await i18n.init({ resources, lng: 'bg', interpolation: { escapeValue: false } });
  return i18n;
}

describe('failureText', () => {
  it('says a known cause in the interface language, with its details', async () => {
    const i18n = await bulgarian();
    const t = i18n.t.bind(i18n);
    expect(
      failureText(t, {
        error: 'a picture (JPEG), not a news document',
        reason: { key: 'picture', values: { name: 'JPEG' } },
      }),
    ).toBe('снимка (JPEG), а не новинарски документ');
    expect(
      failureText(t, {
        error: 'not a news document (XML whose root is <inventory>)',
        reason: { key: 'notNewsXml', values: { root: 'inventory' } },
      }),
    ).toBe('не е новинарски документ (XML с коренен елемент <inventory>)');
  });

  it('says what a parser found in the interface language, and keeps words it does not know', async () => {
    const i18n = await bulgarian();
    const t = i18n.t.bind(i18n);
    const xml = (detail: string) =>
      failureText(t, {
        error: `XML error at line 3: ${detail}`,
        reason: { key: 'xmlErrorAtLine', values: { line: 3, detail } },
      });
    expect(xml('Opening and ending tag mismatch: "p" != "body"')).toBe(
      'грешка в XML на ред 3: <p> е затворен с </body>',
    );
    expect(xml('unclosed xml tag(s): nitf, body, p')).toBe(
      'грешка в XML на ред 3: незатворени елементи: nitf, body, p',
    );
    expect(xml('a fault no one has seen')).toBe('грешка в XML на ред 3: a fault no one has seen');
    expect(
      failureText(t, {
        error: 'JSON error: Unexpected end of JSON input',
        reason: { key: 'jsonError', values: { detail: 'Unexpected end of JSON input' } },
      }),
    ).toBe('грешка в JSON: файлът свършва по средата на данните (отрязан ли е?)');
  });

  it("says a parser's fault in English as main's own report does", async () => {
    // Main words its report (the CLI's, a watched folder's .error.txt) with these: one wording.
    expect(resources.en.translation.import.parserErrors).toEqual(PARSER_FAULT_ENGLISH);
    const i18n = createInstance();
    await i18n.init({ resources, lng: 'en', interpolation: { escapeValue: false } });
    const detail = 'unclosed xml tag(s): nitf, body, p';
    expect(
      failureText(i18n.t.bind(i18n), {
        error: `XML error at line 3: ${parserDetailInEnglish('xmlErrorAtLine', detail)}`,
        reason: { key: 'xmlErrorAtLine', values: { line: 3, detail } },
      }),
    ).toBe(`XML error at line 3: ${parserDetailInEnglish('xmlErrorAtLine', detail)}`);
    expect(
      failureText(i18n.t.bind(i18n), {
        error: 'the XML nests elements more than 10,000 deep, which no news document does',
        reason: { key: 'xmlTooDeep', values: { depth: 10000 } },
      }),
    ).toBe('the XML nests elements more than 10,000 deep, which no news document does');
  });

  it("says the window's own refusals in the language shown now, not the one of the import", async () => {
    const i18n = await bulgarian();
    const t = i18n.t.bind(i18n);
    const tooLarge = {
      error: 'too large to send (60.0 MB; the limit is 40 MB)', // written in English at the time
      reason: { key: 'uploadTooLarge' as const, values: { size: '60.0', limit: 40 } },
    };
    expect(failureText(t, tooLarge)).toBe(
      'твърде голям за изпращане (60.0 MB; ограничението е 40 MB)',
    );
    await i18n.changeLanguage('en');
    expect(failureText(t, tooLarge)).toBe('too large to send (60.0 MB; the limit is 40 MB)');
  });

  it('says why a feed failed', async () => {
    const i18n = await bulgarian();
    const t = i18n.t.bind(i18n);
    expect(
      failureText(t, {
        error: 'HTTP 503 Service Unavailable',
        reason: { key: 'feedHttp', values: { status: '503 Service Unavailable' } },
      }),
    ).toBe('сървърът на емисията отговори 503 Service Unavailable');
    const unreachable = (detail: string) =>
      failureText(t, {
        error: `cannot reach the feed (${detail})`,
        reason: { key: 'feedUnreachable', values: { detail } },
      });
    // The network's codes, and the poller's own words for redirects it refuses (it follows
    // them itself: transports/follow-redirects), said so an editor can act on them; also for
    // failures stored before.
    const said: [string, string][] = [
      ['ENOTFOUND', 'няма сървър с такова име: проверете адреса или връзката с интернет'],
      ['redirect count exceeded', 'адресът пренасочва в кръг и не стига до емисията'],
      ['too many redirects', 'адресът пренасочва в кръг и не стига до емисията'],
      [
        'a redirect to a private address',
        'емисията пренасочва към частна мрежа, а Edition не следва такова пренасочване от емисия в интернет',
      ],
      [
        'a private address',
        'адресът води към частна мрежа, а Edition не следва такъв адрес от емисия в интернет',
      ],
      [
        'bad port',
        'адресът е с порт, който браузърите и Edition никога не питат (за поща или системен): проверете адреса',
      ],
      ['a redirect to no web address', 'адресът пренасочва към нещо, което не е уеб адрес'],
      [
        'ERR_SSL_WRONG_VERSION_NUMBER',
        'сървърът не отговаря по https на този адрес: опитайте с http://',
      ],
      ['CERT_HAS_EXPIRED', 'сертификатът за сигурност на сървъра не е валиден (CERT_HAS_EXPIRED)'],
    ];
    for (const [detail, words] of said) expect(unreachable(detail), detail).toBe(words);
    // A cause Edition has no words for keeps its code.
    expect(unreachable('EWHATEVER')).toBe('емисията е недостъпна (EWHATEVER)');
    await i18n.changeLanguage('en');
    expect(unreachable('ECONNREFUSED')).toBe(
      'the feed’s server refused the connection: check the address and port',
    );
    await i18n.changeLanguage('bg');
    // The statuses an editor can act on, in words, with the server's own status kept.
    const http = (status: string) =>
      failureText(t, {
        error: `HTTP ${status}`,
        reason: { key: 'feedHttp', values: { status } },
      });
    expect(http('404 Not Found')).toBe(
      'на този адрес няма емисия (сървърът отговори 404 Not Found): проверете адреса',
    );
    expect(http('401 Unauthorized')).toBe(
      'сървърът иска потребителско име и парола или не прие дадените (401 Unauthorized)',
    );
    expect(http('429 Too Many Requests')).toBe(
      'сървърът иска да бъде проверяван по-рядко (429 Too Many Requests): изберете по-дълъг интервал',
    );
    // A failure stored before reasons were kept.
    expect(failureText(t, { error: 'HTTP 404 Not Found', reason: null })).toBe(
      'HTTP 404 Not Found',
    );
  });

  it('falls back to main’s words without a reason', async () => {
    const i18n = await bulgarian();
    expect(failureText(i18n.t.bind(i18n), { error: 'EIO: i/o error' })).toBe('EIO: i/o error');
  });
});
