// `pg`'s Client class by its own module: the Worker imports it alone, leaving out the pool and the
// rest of `pg`'s index (@types/pg declares only the index).
declare module "pg/lib/client" {
  import type { Client } from "pg";
  const ClientClass: typeof Client;
  export default ClientClass;
}
