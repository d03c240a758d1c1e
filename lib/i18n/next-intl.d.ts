import type { formats } from "./formats";

declare module "next-intl" {
  interface AppConfig {
    Formats: typeof formats;
  }
}
