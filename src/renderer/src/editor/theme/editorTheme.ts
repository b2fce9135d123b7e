import type { EditorThemeClasses } from 'lexical';
import './editor-theme.css';

/** Class names Lexical puts on the nodes it renders; styled in editor-theme.css. */
export const editorTheme: EditorThemeClasses = {
  paragraph: 'ed-paragraph',
  quote: 'ed-quote',
  heading: {
    h1: 'ed-heading ed-h1',
    h2: 'ed-heading ed-h2',
    h3: 'ed-heading ed-h3',
    h4: 'ed-heading ed-h4',
    h5: 'ed-heading ed-h5',
    h6: 'ed-heading ed-h6',
  },
  list: {
    ul: 'ed-list ed-list--ul',
    ol: 'ed-list ed-list--ol',
    listitem: 'ed-listitem',
    nested: { listitem: 'ed-listitem--nested' },
  },
  link: 'ed-link',
  // Annotation marks; their status classes are set by AnnotationMarksPlugin.
  mark: 'ed-mark',
  markOverlap: 'ed-mark--overlap',
  text: {
    bold: 'ed-text--bold',
    italic: 'ed-text--italic',
    underline: 'ed-text--underline',
    strikethrough: 'ed-text--strikethrough',
    underlineStrikethrough: 'ed-text--underline-strikethrough',
    code: 'ed-text--code',
  },
};
