import { MEMBERSHIP_STATUSES, NETWORK_KINDS } from "@/db/schema/values";
import { defineList, param } from "../list-params";

/**
 * The directory's state as it lives in the URL
 * (?q=&kind=&area=&membership=&archived=1&sort=&dir=&page=&size=).
 */
export const networkList = defineList({
  filters: {
    q: param.text(),
    kind: param.oneOf(NETWORK_KINDS),
    membership: param.oneOf(MEMBERSHIP_STATUSES),
    area: param.id(),
    archived: param.flag(),
  },
  sorts: ["name", "acronym", "kind", "membership", "since", "founded"],
});

export type NetworkListParams = ReturnType<typeof networkList.parse>;
export const NETWORK_LIST_DEFAULTS = networkList.defaults;
export const parseNetworkListParams = networkList.parse;
