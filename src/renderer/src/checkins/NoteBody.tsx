import { memo } from 'react';
import Markdown from 'react-markdown';
import { withoutEmptySections } from '../../../shared/checkins/sections';

/**
 * A note's body, read-only, from its Markdown: headings (empty agenda sections hidden), lists, emphasis. HTML typed into a
 * note is dropped, never injected; links are shown as text because nothing in the app may
 * navigate away. Memoised on the text: parsing Markdown is the costly part of drawing a note.
 */
export const NoteBody = memo(function NoteBody({ body }: { body: string }) {
  // Agenda headings nobody typed under are left out of the read view.
  const shown = withoutEmptySections(body);
  if (shown.trim() === '') return <p className="faint">No text.</p>;
  return (
    <div className="note-body">
      <Markdown skipHtml components={{ a: ({ children }) => <span className="note-link">{children}</span>, img: () => null }}>
        {shown}
      </Markdown>
    </div>
  );
});
