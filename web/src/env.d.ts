/// <reference types="vite/client" />
interface ImportMetaEnv {
  readonly VITE_EDITION_ID?: string;
}
