/** The part of mjml 5's API the email benchmark uses (mjml ships no type declarations). */
declare module 'mjml' {
  interface MjmlError {
    line: number;
    message: string;
    tagName: string;
    formattedMessage: string;
  }
  interface MjmlResult {
    html: string;
    errors: MjmlError[];
  }
  interface MjmlOptions {
    validationLevel?: 'strict' | 'soft' | 'skip';
    keepComments?: boolean;
  }
  /** In mjml 5 the conversion is asynchronous. */
  function mjml2html(input: string, options?: MjmlOptions): Promise<MjmlResult>;
  export = mjml2html;
}
