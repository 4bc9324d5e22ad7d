/** Shown instead of the app when the data file can't be opened; says why and that nothing was changed. */
export function Unavailable({ reason, databaseFile }: { reason: string; databaseFile: string }) {
  return (
    <main className="unavailable" aria-labelledby="unavailable-title">
      <div className="card">
        <div className="card-body stack">
          <h1 id="unavailable-title">Fieldbook can’t open your data</h1>
          <p role="alert">{reason}</p>
          <p className="muted">
            Data file: <code className="path">{databaseFile}</code>
          </p>
          <p className="muted">Fieldbook has not written to this file. Close the app, fix or replace the file, and open it again.</p>
        </div>
      </div>
    </main>
  );
}
