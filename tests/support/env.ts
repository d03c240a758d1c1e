// lib/env.ts reads the environment once per process; tests change it in-process (vi.stubEnv,
// or by hand followed by resetEnvForTests()). Each test starts from the environment as it is,
// and vi.stubEnv / vi.unstubAllEnvs are followed by a fresh read.
import { beforeEach, vi } from "vitest";
import { resetEnvForTests } from "@/lib/env";

beforeEach(() => resetEnvForTests());

const stubEnv = vi.stubEnv.bind(vi);
const unstubAllEnvs = vi.unstubAllEnvs.bind(vi);
vi.stubEnv = ((name: string, value: string | undefined) => {
  const result = stubEnv(name, value);
  resetEnvForTests();
  return result;
}) as typeof vi.stubEnv;
vi.unstubAllEnvs = () => {
  const result = unstubAllEnvs();
  resetEnvForTests();
  return result;
};
