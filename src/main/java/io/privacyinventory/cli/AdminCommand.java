package io.privacyinventory.cli;

import io.privacyinventory.store.ServerAddress;
import io.privacyinventory.store.ServerStore;
import io.privacyinventory.store.StoreException;
import io.privacyinventory.store.TeamRole;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code admin init} and {@code admin grant}: setting up a team's inventory on a PostgreSQL server. */
@Command(
        name = "admin",
        mixinStandardHelpOptions = true,
        description = "Sets up a team's inventory on a PostgreSQL server. See README, \"For a team\".",
        synopsisSubcommandLabel = "COMMAND")
final class AdminCommand {

    @Command(
            name = "init",
            mixinStandardHelpOptions = true,
            description = {
                "Creates the schema of a team's inventory: its tables, the append-only change log and "
                        + "the roles SCHEMA_viewer, SCHEMA_editor and SCHEMA_approver. Run it as the login that is to own "
                        + "the schema (it needs CREATE on the database and CREATEROLE). Password from PGPASSWORD or "
                        + "~/.pgpass.",
                "Then fill it with: import FILE.json|FILE.db --db postgresql://…"
            })
    static final class Init implements Callable<Integer> {
        @Parameters(
                index = "0",
                paramLabel = "URL",
                description = "postgresql://[user@]host[:port]/database[?schema=NAME]")
        String url;

        private final Cli cli;

        Init(Cli cli) {
            this.cli = cli;
        }

        @Override
        public Integer call() throws CliException {
            ServerAddress address = TeamServers.address(url);
            try {
                ServerStore.initialise(address, null);
            } catch (StoreException e) {
                throw new CliException(e.getMessage(), e);
            }
            cli.out()
                    .println(address + ": schema " + address.schema() + " created with roles " + address.schema()
                            + "_viewer, " + address.schema() + "_editor, " + address.schema() + "_approver");
            return Cli.OK;
        }
    }

    @Command(
            name = "grant",
            mixinStandardHelpOptions = true,
            description = "Makes an existing login a viewer (reads), an editor (edits) or an approver (edits, approves "
                    + "activities, publishes notices) of the team's inventory; it loses any other of these roles.")
    static final class Grant implements Callable<Integer> {
        @Parameters(
                index = "0",
                paramLabel = "URL",
                description = "postgresql://[user@]host[:port]/database[?schema=NAME]")
        String url;

        @Parameters(index = "1", paramLabel = "LOGIN", description = "A login (PostgreSQL role) that exists.")
        String login;

        @Parameters(index = "2", paramLabel = "ROLE", description = "viewer, editor or approver")
        String role;

        private final Cli cli;

        Grant(Cli cli) {
            this.cli = cli;
        }

        @Override
        public Integer call() throws CliException {
            ServerAddress address = TeamServers.address(url);
            TeamRole teamRole = TeamRole.parse(role)
                    .orElseThrow(
                            () -> new CliException("ROLE: \"" + role + "\" is not one of viewer, editor, approver"));
            try {
                ServerStore.grant(address, null, login, teamRole);
            } catch (StoreException e) {
                throw new CliException(e.getMessage(), e);
            }
            cli.out().println(address + ": " + login + " is now " + teamRole.code());
            return Cli.OK;
        }
    }
}
