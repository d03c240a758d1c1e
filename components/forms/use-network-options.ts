"use client";

import { useEffect, useState } from "react";

/**
 * What a record form offers for its chosen network (the commitment form's bodies and meetings,
 * the assignment form's bodies): the server's for the network the form opened with, asked of
 * `${endpoint}?network=<id>` when the network changes — the city's every body and meeting would be
 * thousands of options. Answers of earlier networks are kept; one that arrives after the
 * network changed again is dropped. `loading` while the chosen network's are on their way,
 * `failed` when they could not be read (`retry` asks again); `empty` when no network is chosen.
 */
export function useNetworkOptions<T>({
  endpoint,
  networkId,
  initialNetworkId,
  initial,
  empty,
}: {
  endpoint: string;
  networkId: string;
  initialNetworkId: string;
  initial: T;
  empty: T;
}) {
  const [known, setKnown] = useState<Record<string, T>>(() =>
    initialNetworkId ? { [initialNetworkId]: initial } : {},
  );
  const [failed, setFailed] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!networkId || known[networkId]) return;
    const controller = new AbortController();
    fetch(`${endpoint}?network=${encodeURIComponent(networkId)}`, {
      signal: controller.signal,
      headers: { accept: "application/json" },
    })
      .then(async (response) => {
        if (!response.ok) throw new Error(String(response.status));
        const options = (await response.json()) as T;
        setKnown((all) => ({ ...all, [networkId]: options }));
        setFailed(null);
      })
      .catch(() => {
        if (!controller.signal.aborted) setFailed(networkId);
      });
    return () => controller.abort();
    // `attempt` asks again after a failure.
  }, [endpoint, networkId, known, attempt]);

  const options = networkId ? known[networkId] : empty;
  return {
    options: options ?? empty,
    loading: Boolean(networkId) && !options && failed !== networkId,
    failed: failed === networkId,
    retry: () => {
      setFailed(null);
      setAttempt((n) => n + 1);
    },
  };
}
