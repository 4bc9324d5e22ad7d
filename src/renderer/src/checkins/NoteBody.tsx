import Markdown from 'react-markdown';

/**
 * A note's body, read-only, from its Markdown: headings, lists, emphasis. HTML typed into a
 * note is dropped, never injected; links are shown as text because nothing in the app may
 * navigate away.
 */
export function NoteBody({ body }: { body: string }) {
  if (body.trim() === '') return <p className="faint">No text.</p>;
  return (
    <div className="note-body">
      <Markdown skipHtml components={{ a: ({ children }) => <span className="note-link">{children}</span>, img: () => null }}>
        {body}
      </Markdown>
    </div>
  );
}
