// Skeleton of the list while the server prepares the page.
export { ListLoading as default } from "@/components/data-table/states";
