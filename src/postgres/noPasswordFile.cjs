// In place of `pgpass` in the Hyperdrive build (wrangler.toml [env.postgres] alias): `pg` reads a
// ~/.pgpass file only when a connection string has no password, and a Worker has no such file;
// Hyperdrive's connection string always carries one. Answers "no password found", as pgpass does.
module.exports = function noPasswordFile(_parameters, done) {
  done(undefined);
};
