import type { ExportDigest } from '../digest-model';
import { annotation, digest, story } from './builders';
import { a, body, mark, p } from './lexical';

/** Every field an editor or an agency can type into, filled with markup and script URLs. */
export function hostileDigest(): ExportDigest {
  const hostileBody = body(
    p(
      '</script><script>alert("body")</script>',
      a('javascript:alert("body-link")', 'кликни'),
      ' ',
      a(' JaVaScRiPt:alert(1)', 'още'),
    ),
    p(mark(['hostile-claim'], '<img src=x onerror=alert("mark")>')),
  );
  return digest(
    [
      {
        id: 1,
        name: '<b onmouseover=alert("section")>Раздел</b>',
        items: [
          story(1, 1, {
            headline: '<script>alert("headline")</script> Заглавие',
            summary: '" onerror="alert(\'summary\')" x="',
            byline: '<img src=x onerror=alert("byline")>',
            source: '</title><script>alert("source")</script>',
            dateline: "' onfocus='alert(1)",
            link: 'javascript:alert("link")',
            image: {
              kind: 'picture',
              uri: 'javascript:alert("image")',
              caption: '"><script>alert("caption")</script>',
              mimeType: null,
            },
            body: hostileBody,
            annotations: [
              annotation(1, 'claim', 'false', '</script><script>alert("ld")</script>', {
                id: 'hostile-claim',
                sourceUrl: 'javascript:alert("source-url")',
                speaker: '<svg onload=alert("speaker")>',
              }),
            ],
          }),
          story(2, 2, {
            headline: 'Снимка с вектор',
            link: 'https://example.org/"><script>alert(1)</script>',
            image: {
              kind: 'picture',
              uri: 'https://example.org/x.jpg" onerror="alert(2)',
              caption: null,
              mimeType: null,
            },
          }),
        ],
      },
    ],
    {
      title: '<iframe src="javascript:alert(1)"></iframe>Бюлетин',
      subject: '<script>alert("subject")</script> Тема',
      preheader: '</div><script>alert("preheader")</script>',
      intro: body(p('<form action="https://evil.example"><input name=x></form>')),
      introText: '<form action="https://evil.example"><input name=x></form>',
      signoff: '<a href="javascript:alert(1)">Довиждане</a>',
      language: 'bg" onload="alert(1)',
      branding: {
        publication: '"><svg onload=alert("publication")>',
        accent: 'red;}</style><script>alert("accent")</script>',
        logoUrl: 'javascript:alert("logo")',
        siteUrl: 'javascript:alert("site")',
        senderAddress: '"><script>alert("sender")</script>@x.bg',
        unsubscribeUrl: 'javascript:alert("unsubscribe")',
      },
    },
  );
}
