import { useTexts } from '../i18n';

export default function NotFound() {
  const t = useTexts();
  return (
    <>
      <h1>{t.notFoundTitle}</h1>
      <p>
        <a href="/">{t.notFoundBody}</a>
      </p>
    </>
  );
}
