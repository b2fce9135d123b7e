export const USAGE = `Edition — assemble the daily digest from wire copy.

Usage: edition <command> [options]

Commands:
  import <paths...>                          import files or folders (recursive) of wire copy
  stories [--search TEXT] [--limit N] [--after ID] [--all]
                                             list stories, newest first, or search them: a
                                             page of 200 (--limit up to 500; --after the
                                             last id for the next), near duplicates folded
                                             into their group's first; --all: every story
  show <story-id> [--format nitf|claimreview] print one story (or export it as NITF /
                                             ClaimReview JSON-LD of its checked claims)
  quotes <story-id>                          direct quotes and their speakers
                                             (--json: [{text, speaker, cue, start, end}])
  digest create --date YYYY-MM-DD [--title T] create a digest for a date
  digest set <digest-id> [--title T] [--subject S] [--preheader P] [--intro TEXT] [--signoff TEXT]
                                             set the edition's fields (the intro as plain
                                             text: a blank line between paragraphs)
  digest list                                list digests
  digest add <digest-id> <story-id...> [--section NAME]
                                             append stories to a digest (to the lead, or to
                                             the section of that name, made if new)
  digest show <digest-id>                    print a digest and its items
  export <digest-id> --format html|email|text|markdown|eml [--out FILE] [--override REASON]
                                             export a digest (stdout without --out); serious
                                             check findings block it unless overridden
  check <digest-id> [--links]                pre-send checks (exit 1 on serious findings);
                                             --links visits every web link and picture too
  watch <folder>                             import files as they land in a folder
                                             (then moved to done/ or failed/)
  feeds list | add URL [--interval MIN] | remove ID | poll [ID]
                                             RSS/Atom/ninjs subscriptions (poll without
                                             an ID polls the feeds that are due)
  backup [--out FILE] | backup list          copy the database (SQLite online backup) into
                                             backups/ beside it, or to FILE; list backups
  restore <file>                             replace the database with a backup (the old
                                             file is kept aside as <db>.before-restore-…)
  serve [--port N] [--host H]                browser mode on http://127.0.0.1 with a token
                                             (also watches the saved folder and polls feeds)

Options for every data command:
  --db FILE    the database (default: EDITION_DB, then the user-data folder)
  --json       print JSON for scripts
  --version    print Edition's version

Exit codes: 0 done, 1 error (for import and feeds poll: nothing could be taken in at all; for
check: a serious finding).
`;

/**
 * The usage of one command: its lines of the list (and the lines that go on from them), with
 * the options every command takes; null for a name that is no command.
 */
export function usageOf(command: string): string | null {
  const lines = USAGE.split('\n');
  const own: string[] = [];
  let inCommand = false;
  for (const line of lines) {
    if (/^ {2}\S/.test(line)) inCommand = line.trim().split(/\s+/)[0] === command;
    else if (!/^ {3,}\S/.test(line)) inCommand = false;
    if (inCommand) own.push(line);
  }
  if (own.length === 0) return null;
  const options = USAGE.slice(USAGE.indexOf('Options for every data command:'));
  return `Usage: edition ${command} …\n\n${own.join('\n')}\n\n${options}`;
}
