/** The CSV exports: the entries (all or the winners) in the national field set, the compliance
 * report, each round's ranking with its breakdown columns, and the edition's audit trail. The server
 * writes every file (the same bytes a script gets); the page fetches it with the token and saves it. */
import { EXPORTS } from '../../api/secretariat';
import { useAreaTexts } from '../../i18n';
import { DownloadButton } from '../../secretariat/download';
import { SecretariatFrame } from '../../secretariat/frame';
import { exportsTexts } from './texts';

export default function SecretariatExports() {
  return <SecretariatFrame>{() => <Exports />}</SecretariatFrame>;
}

const Exports = () => {
  const t = useAreaTexts(exportsTexts);
  return (
    <>
      <h1>{t.exportsTitle}</h1>
      <p>{t.exportsIntro}</p>
      {EXPORTS.map((kind) => (
        <section key={kind} aria-labelledby={`export-${kind}`}>
          <h2 id={`export-${kind}`}>{t.exports[kind].title}</h2>
          <p>{t.exports[kind].body}</p>
          <DownloadButton kind={kind} label={t.exports[kind].button} />
        </section>
      ))}
    </>
  );
};
