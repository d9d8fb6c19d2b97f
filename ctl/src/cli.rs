//! The clap definition of `omgctl`: one noun-verb tree mirroring the API. Kebab-case names, the
//! upstream `omgserversctl.sh` camelCase spellings as hidden aliases. The generated docs
//! (`docs/cli.md`, `docs/man/`, `completions/`) come from this definition.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use omgservers_types::permissions::{ProjectPermission, StagePermission, TenantPermission};

const AFTER_HELP: &str = "\
Ids left out default to the values the environment remembers from earlier commands
(TENANT, PROJECT, STAGE, VERSION, DEPLOYMENT; see `omgctl environment print-current`): those a
command printed, and those given explicitly to a command that succeeded. Deleting an object
forgets its remembered id.
Delete commands always need explicit ids and ask first on a terminal; without one they need
--yes (or OMGCTL_YES=1). Deleting what is not there exits 3 unless --ignore-not-found.

Exit codes: 0 ok, 1 operation failed, 2 usage error, 3 not found,
4 not authenticated or forbidden, 130 interrupted.

Files: config.json (environments, remembered values) and credentials.json (0600, when no OS
keyring is used) in OMGCTL_CONFIG_DIR; each change is made under a lock on its .lock file, so
commands may run at the same time. Credentials are stored only once the server accepted them.";

/// omgctl: the command-line tool for omgservers admins, support and developers.
///
/// Data goes to stdout (tables, JSON, ids); messages, hints and progress go to stderr.
#[derive(Debug, Parser)]
#[command(name = "omgctl", version, propagate_version = true, after_help = AFTER_HELP)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// Environment (profile) to use instead of the current one.
    #[arg(
        long = "env",
        short = 'e',
        global = true,
        env = "OMGCTL_ENV",
        hide_env_values = true,
        value_name = "NAME",
        add = environment_candidates()
    )]
    pub env: Option<String>,

    /// Output format of the data printed on stdout: table; json (the wire DTO, in the
    /// server's field order); yaml (the same data as YAML); id (the created or affected ids,
    /// one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from
    /// the JSON, one a line, strings unquoted (e.g. -o 'jsonpath=$.runtimes[?@.clients > 0].id').
    #[arg(
        long,
        short = 'o',
        global = true,
        env = "OMGCTL_OUTPUT",
        hide_env_values = true,
        value_name = "FORMAT",
        value_parser = OutputFormat::parse,
        default_value = "table"
    )]
    pub output: OutputFormat,

    /// When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`).
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,

    /// Show each request and response on stderr (passwords and tokens masked); with
    /// upload-files-archive, also every file packed and left out.
    #[arg(long, short = 'v', global = true)]
    pub verbose: bool,

    /// Print tables without their header row.
    #[arg(long, global = true)]
    pub no_headers: bool,

    /// How long one request may take before omgctl gives up (e.g. 30s, 2m).
    #[arg(
        long,
        global = true,
        env = "OMGCTL_REQUEST_TIMEOUT",
        default_value = "120s",
        value_parser = parse_duration,
        value_name = "DURATION"
    )]
    pub request_timeout: std::time::Duration,
}

/// What the deletes that cascade (tenant, project, stage, deployment) take besides
/// [`DeleteArgs`].
#[derive(Clone, Copy, Debug, Args)]
pub struct CascadeArgs {
    /// Delete nothing: print what the delete would remove with it (projects, stages,
    /// versions, deployments, lobbies, matchmakers, runtimes, clients), as the server counts
    /// it. Needs the same permission as the delete; asks nothing.
    #[arg(long)]
    pub dry_run: bool,
}

/// What every delete command takes: a confirmation, and what a missing object means.
#[derive(Clone, Copy, Debug, Args)]
pub struct DeleteArgs {
    /// Delete without asking. Without a terminal to ask on (scripts, CI) a delete is refused
    /// unless this is given (or OMGCTL_YES=1 is set).
    #[arg(long, short = 'y', env = "OMGCTL_YES", hide_env_values = true, value_parser = clap::builder::FalseyValueParser::new())]
    pub yes: bool,
    /// Exit 0 when there is nothing to delete (otherwise exit 3, as `kubectl delete` does).
    #[arg(long)]
    pub ignore_not_found: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OutputFormat {
    /// Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no
    /// borders when stdout is a pipe or a file.
    Table,
    /// The wire DTO the server answered, as JSON, fields in the server's order.
    Json,
    /// The same data as YAML.
    Yaml,
    /// Only the created or affected id (or value), for scripts.
    Id,
    /// The values a JSONPath expression (RFC 9535) selects from the JSON output.
    JsonPath(String),
}

impl OutputFormat {
    /// `table`, `json`, `yaml`, `id` or `jsonpath=EXPR` (the expression is checked here, so a
    /// typo fails before any request is sent).
    pub fn parse(text: &str) -> Result<OutputFormat, String> {
        if let Some(expression) = text.strip_prefix("jsonpath=") {
            serde_json_path::JsonPath::parse(expression)
                .map_err(|e| format!("invalid JSONPath `{expression}`: {e}"))?;
            return Ok(OutputFormat::JsonPath(expression.to_owned()));
        }
        match text.to_ascii_lowercase().as_str() {
            "table" => Ok(OutputFormat::Table),
            "json" => Ok(OutputFormat::Json),
            "yaml" => Ok(OutputFormat::Yaml),
            "id" => Ok(OutputFormat::Id),
            _ => Err(format!(
                "`{text}` is not an output format: use table, json, yaml, id or jsonpath=EXPR"
            )),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Select and inspect environments (server URL and remembered values).
    #[command(subcommand, visible_alias = "env")]
    Environment(EnvironmentCommand),

    /// Admin commands: tokens, ids, hashes, shards, Docker hosts.
    #[command(subcommand)]
    Admin(AdminCommand),

    /// Support commands: tenants, projects, developers, permissions.
    #[command(subcommand)]
    Support(SupportCommand),

    /// Developer commands: projects, stages, versions, deployments, lobbies, matchmakers.
    #[command(subcommand)]
    Developer(DeveloperCommand),

    /// Show omgctl's recent request log (method, path, status, duration; never secrets).
    /// `logs`, upstream's name, still works; a runtime's output is
    /// `omgctl developer get-runtime-logs`.
    ///
    /// The log is kept in the state directory (`OMGCTL_STATE_DIR` overrides it), the last 1000
    /// requests. Prints one line per request.
    ///
    /// Example: omgctl request-log --lines 20
    #[command(name = "request-log", alias = "logs")]
    Logs {
        /// How many of the most recent lines to print.
        #[arg(long, short = 'n', default_value_t = 50)]
        lines: usize,
        /// Empty the log instead of printing it.
        #[arg(long)]
        clear: bool,
    },

    /// Print a shell completion script.
    ///
    /// Example: omgctl completions bash > ~/.local/share/bash-completion/completions/omgctl
    Completions {
        /// The shell to generate completions for.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
}

#[derive(Debug, Subcommand)]
pub enum EnvironmentCommand {
    /// Forget every environment, remembered value and stored credential.
    ///
    /// Example: omgctl environment reset --yes
    Reset {
        /// Reset without asking (required without a terminal; or OMGCTL_YES=1).
        #[arg(long, short = 'y', env = "OMGCTL_YES", hide_env_values = true, value_parser = clap::builder::FalseyValueParser::new())]
        yes: bool,
    },

    /// Print the current environment, its URL, remembered values and where credentials come from.
    ///
    /// Example: omgctl environment print-current -o json
    #[command(alias = "printCurrent")]
    PrintCurrent,

    /// Print one remembered value (e.g. TENANT, VERSION, DEVELOPER_PASSWORD) without a newline.
    ///
    /// Exits with 3 when the value is not set.
    ///
    /// Example: TENANT=$(omgctl environment print-variable TENANT)
    #[command(alias = "printVariable")]
    PrintVariable {
        /// Variable name, e.g. TENANT (an `OMGSERVERSCTL_` prefix is accepted).
        name: String,
    },

    /// Create or update an environment and make it the current one.
    ///
    /// Example: omgctl environment use-environment staging https://omg.example.com
    #[command(alias = "useEnvironment")]
    UseEnvironment {
        /// Environment name.
        name: String,
        /// Base URL of the server (the part before /service/v1/…).
        url: String,
    },

    /// List the environments: name, server URL, and which one is current.
    ///
    /// Example: omgctl environment list
    #[command(alias = "ls")]
    List,

    /// Delete an environment with its remembered values and stored credentials.
    ///
    /// Example: omgctl environment delete staging --yes
    Delete {
        /// Environment name.
        #[arg(add = environment_candidates())]
        name: String,
        /// Delete without asking (required without a terminal; or OMGCTL_YES=1).
        #[arg(long, short = 'y', env = "OMGCTL_YES", hide_env_values = true, value_parser = clap::builder::FalseyValueParser::new())]
        yes: bool,
    },

    /// Rename an environment; its remembered values and stored credentials go with it.
    ///
    /// Example: omgctl environment rename local dev
    Rename {
        /// Current name.
        #[arg(add = environment_candidates())]
        from: String,
        /// New name (not in use).
        to: String,
    },

    /// Use the public environment `public` (https://api.omgservers.com).
    ///
    /// Example: omgctl environment use-public
    #[command(alias = "usePublic")]
    UsePublic,

    /// Use the local environment `local` with the dev-mode credentials admin/admin, support/support.
    ///
    /// Tokens are created on first use, so the server need not be running yet.
    ///
    /// Example: omgctl environment use-local --url http://127.0.0.1:8080
    #[command(alias = "useLocal")]
    UseLocal {
        /// Server URL.
        #[arg(long, default_value = "http://localhost:8080")]
        url: String,
    },
}

/// How `use-credentials` gets the user and password.
#[derive(Debug, Args)]
pub struct CredentialsArgs {
    /// User id or alias (developers: the numeric user id).
    pub user: String,
    /// Password (visible in the process list and shell history: prefer the prompt or
    /// --password-stdin; accepted for compatibility with a warning).
    pub password: Option<String>,
    /// Read the password from the first line of stdin.
    #[arg(long)]
    pub password_stdin: bool,
}

#[derive(Debug, Subcommand)]
pub enum AdminCommand {
    /// Store admin credentials for this environment and create a token with them.
    ///
    /// Prompts for the password on a terminal; otherwise pass --password-stdin or set
    /// OMGCTL_ADMIN_PASSWORD. Prints where the credentials were stored.
    ///
    /// Example: echo "$PW" | omgctl admin use-credentials admin --password-stdin
    #[command(alias = "useCredentials")]
    UseCredentials(CredentialsArgs),
    /// Show the admin user and where its credentials come from.
    ///
    /// Example: omgctl admin print-current
    #[command(alias = "printCurrent")]
    PrintCurrent,
    /// Create (or renew) the admin token with the stored credentials.
    ///
    /// Prints nothing on stdout except with -o json (the token is stored, never printed).
    ///
    /// Example: omgctl admin create-token
    #[command(alias = "createToken")]
    CreateToken,
    /// Shard index and owning server of a shard key. Remembers SHARD_INDEX and SERVER_URI.
    ///
    /// Example: omgctl admin calculate-shard my-key
    #[command(alias = "calculateShard")]
    CalculateShard {
        /// Shard key.
        key: String,
    },
    /// Generate a snowflake id. Prints it; remembers GENERATED_ID.
    ///
    /// Example: omgctl admin generate-id -o id
    #[command(alias = "generateId")]
    GenerateId,
    /// bcrypt-hash a value. Prints the hash; remembers BCRYPTED_HASH.
    ///
    /// Example: omgctl admin bcrypt-hash secret -o id
    #[command(alias = "bcryptHash")]
    BcryptHash {
        /// Value to hash.
        value: String,
    },
    /// Ask the server to ping a Docker daemon. Prints the answering server; remembers SUCCESSFUL.
    ///
    /// Example: omgctl admin ping-docker-host tcp://docker:2375
    #[command(alias = "pingDockerHost")]
    PingDockerHost {
        /// Docker daemon URI, e.g. tcp://host:2375.
        uri: String,
    },
    /// List the runtime pool's Docker hosts with their load and reachability.
    ///
    /// Prints a table (id, URI, status, containers, CPU and memory used of what the host
    /// offers) and, below it, the last error of each host that has one; -o json prints the wire
    /// DTO; -o id the host ids, one a line.
    ///
    /// Example: omgctl admin get-pool-hosts
    #[command(alias = "getPoolHosts")]
    GetPoolHosts,
    /// Add a Docker host to the runtime pool. Prints the host.
    ///
    /// A host that does not answer yet is added all the same and shows as unreachable until it
    /// does. A URI already in the pool is refused.
    ///
    /// Example: omgctl admin create-pool-host tcp://10.0.0.5:2375 --cpus 8 --memory-mb 16384 --max-containers 50
    #[command(alias = "createPoolHost")]
    CreatePoolHost {
        /// Docker daemon URI, e.g. tcp://host:2375 or unix:///var/run/docker.sock.
        uri: String,
        /// CPUs the host offers to runtimes.
        #[arg(long, value_name = "N")]
        cpus: i64,
        /// Memory the host offers to runtimes, in megabytes.
        #[arg(long = "memory-mb", value_name = "N")]
        memory_mb: i64,
        /// Most runtime containers the host runs at once.
        #[arg(long, value_name = "N")]
        max_containers: i64,
    },
    /// Stop placing new runtimes on a pool host (its running ones stay). Prints the host.
    ///
    /// Drain a host before deleting it; --undo puts it back into service.
    ///
    /// Example: omgctl admin drain-pool-host 245515657456648200
    #[command(alias = "drainPoolHost")]
    DrainPoolHost {
        /// Pool host id (see `omgctl admin get-pool-hosts`).
        id: i64,
        /// Put a drained host back into service.
        #[arg(long)]
        undo: bool,
    },
    /// List the nodes of a sharded installation and the slots each holds.
    ///
    /// Prints a table (URI, instance id, alive, draining, how many slots, which) and the slots
    /// no node holds right now (a takeover under way); a standalone server shows itself owning
    /// every slot. -o json prints the wire DTO; -o id the node URIs, one a line.
    ///
    /// Example: omgctl admin get-cluster
    #[command(alias = "getCluster")]
    GetCluster,
    /// Hand a node's slots over to the other nodes (it keeps serving by forwarding).
    ///
    /// The node acts on it within moments (at its next heartbeat at the latest); watch `omgctl
    /// admin get-cluster` until it holds no slot, then it may be stopped. --undo takes it back
    /// into service.
    ///
    /// Example: omgctl admin drain-node http://10.0.0.7:8080
    #[command(alias = "drainNode")]
    DrainNode {
        /// The node's URI, as `omgctl admin get-cluster` lists it.
        uri: String,
        /// Take a drained node back into service.
        #[arg(long)]
        undo: bool,
    },
    /// List the shard databases, the slots whose game state each holds, and the moves under way.
    ///
    /// Prints a table (database index, reachable, how many slots, which) and the unfinished
    /// moves (slot, from, to, MOVING or CLEANING_UP). Without shard databases
    /// (OMGSERVERS_DATABASE_SHARDS_<i>_URL) game state lives in the system database and the
    /// table is empty. -o json prints the wire DTO; -o id the database indexes, one a line.
    ///
    /// Example: omgctl admin get-slot-databases
    #[command(alias = "getSlotDatabases")]
    GetSlotDatabases,
    /// Move slots' game state to another shard database.
    ///
    /// Each slot is locked while its rows are copied: requests that would change its game
    /// state are answered 500 SHARD_LOCKED (retried by the clients), then its new database
    /// serves it. The servers owning the slots carry the moves out; a move cut short by a
    /// crash is carried on by the slot's next owner; a move not switched within the server's
    /// OMGSERVERS_SLOT_MOVES_TIMEOUT (a database that does not answer) is given up, its slot
    /// unlocked where it is. Waits until every move is done (or --timeout) unless --no-wait,
    /// and fails when a slot's move ended without moving it (cancelled or given up). Slots
    /// are listed one by one or as ranges (`0-7`). Refused when a slot is moving to another
    /// database already (nothing is recorded then).
    ///
    /// Example: omgctl admin move-slots --to 1 0-7 12
    #[command(alias = "moveSlots")]
    MoveSlots {
        /// The shard database index to move them to (`<i>` of OMGSERVERS_DATABASE_SHARDS_<i>_URL).
        #[arg(long)]
        to: i64,
        /// Slots: numbers or ranges (`3`, `0-7`).
        #[arg(required = true, value_parser = parse_slots)]
        slots: Vec<Vec<i64>>,
        /// Return once the moves are recorded.
        #[arg(long)]
        no_wait: bool,
        /// How long to wait for the moves, e.g. 90s, 5m (by default longer than the servers'
        /// OMGSERVERS_SLOT_MOVES_TIMEOUT, 5 min, so that a slot's move given up is told; the
        /// slots of a request move one after another, each timed from its own lock).
        #[arg(long, default_value = "10m", value_parser = parse_duration, conflicts_with = "no_wait")]
        timeout: std::time::Duration,
    },
    /// Cancel slots' moves that have not switched to their new database yet.
    ///
    /// Each slot is unlocked where it is and what was copied is deleted, by the server owning
    /// it, within a second. Slots that are not moving are left alone. Refused, cancelling
    /// nothing, when a slot's move switched already (CLEANING_UP): it finishes, and can be
    /// moved back. For a move to a database that does not answer, which keeps its slots
    /// locked until it does or the server gives it up (OMGSERVERS_SLOT_MOVES_TIMEOUT). Prints
    /// the slot databases and the moves left.
    ///
    /// Example: omgctl admin cancel-slot-moves 0-7
    #[command(alias = "cancelSlotMoves")]
    CancelSlotMoves {
        /// Slots: numbers or ranges (`3`, `0-7`).
        #[arg(required = true, value_parser = parse_slots)]
        slots: Vec<Vec<i64>>,
    },
    /// Remove a pool host that runs no runtime container. Prints whether it was deleted.
    ///
    /// Refused while runtimes run on it: drain it first and wait until they end.
    ///
    /// Example: omgctl admin delete-pool-host 245515657456648200
    #[command(alias = "deletePoolHost")]
    DeletePoolHost {
        /// Pool host id.
        id: i64,
        #[command(flatten)]
        delete: DeleteArgs,
    },
}

#[derive(Debug, Subcommand)]
pub enum SupportCommand {
    /// Store support credentials for this environment and create a token with them.
    ///
    /// Example: echo "$PW" | omgctl support use-credentials support --password-stdin
    #[command(alias = "useCredentials")]
    UseCredentials(CredentialsArgs),
    /// Show the support user and where its credentials come from.
    ///
    /// Example: omgctl support print-current
    #[command(alias = "printCurrent")]
    PrintCurrent,
    /// Create (or renew) the support token with the stored credentials.
    ///
    /// Example: omgctl support create-token
    #[command(alias = "createToken")]
    CreateToken,
    /// Create a tenant. Prints its id; remembers TENANT.
    ///
    /// Example: TENANT=$(omgctl support create-tenant -o id)
    #[command(alias = "createTenant")]
    CreateTenant,
    /// Give a tenant an alias.
    ///
    /// Example: omgctl support create-tenant-alias 245515657456648192 my-studio
    #[command(alias = "createTenantAlias")]
    CreateTenantAlias {
        /// Tenant id.
        tenant_id: i64,
        /// Alias (at most 64 characters, not numeric).
        alias: String,
    },
    /// Delete a tenant and everything under it. Prints whether it was deleted; with
    /// --dry-run, what would be deleted.
    ///
    /// Example: omgctl support delete-tenant my-studio --dry-run
    #[command(alias = "deleteTenant")]
    DeleteTenant {
        /// Tenant id or alias.
        tenant: String,
        #[command(flatten)]
        delete: DeleteArgs,
        #[command(flatten)]
        cascade: CascadeArgs,
    },
    /// Create a project with a default stage. Prints both ids; remembers PROJECT and STAGE.
    ///
    /// Example: omgctl support create-project my-studio
    #[command(alias = "createProject")]
    CreateProject {
        /// Tenant id or alias [default: TENANT].
        tenant: Option<String>,
    },
    /// Give a project an alias.
    ///
    /// Example: omgctl support create-project-alias my-studio 245515657456648193 my-game
    #[command(alias = "createProjectAlias")]
    CreateProjectAlias {
        /// Tenant id or alias.
        tenant: String,
        /// Project id.
        project_id: i64,
        /// Alias.
        alias: String,
    },
    /// Delete a project and everything under it. Prints whether it was deleted; with
    /// --dry-run, what would be deleted.
    ///
    /// Example: omgctl support delete-project my-studio my-game
    #[command(alias = "deleteProject")]
    DeleteProject {
        /// Tenant id or alias.
        tenant: String,
        /// Project id or alias.
        project: String,
        #[command(flatten)]
        delete: DeleteArgs,
        #[command(flatten)]
        cascade: CascadeArgs,
    },
    /// Create a developer with a generated password.
    ///
    /// Prints the user id (the password only with -o json); stores both as this environment's
    /// developer credentials and remembers DEVELOPER_USER.
    ///
    /// Example: omgctl support create-developer -o id
    #[command(alias = "createDeveloper")]
    CreateDeveloper,
    /// List the tenants, with their aliases, oldest first.
    ///
    /// Reads every page (or stops at --limit). Prints a table; -o json prints
    /// `{"tenants": [...]}`, -o id the tenant ids, one a line.
    ///
    /// Example: omgctl support list-tenants
    #[command(alias = "tenants")]
    ListTenants {
        /// List at most this many.
        #[arg(long)]
        limit: Option<u32>,
    },
    /// List the developers, with how many permissions each holds, oldest first.
    ///
    /// Reads every page (or stops at --limit). Prints a table; -o json prints
    /// `{"developers": [...]}`, -o id the user ids, one a line.
    ///
    /// Example: omgctl support list-developers -o id
    #[command(alias = "developers")]
    ListDevelopers {
        /// List at most this many.
        #[arg(long)]
        limit: Option<u32>,
    },
    /// Delete a developer and its permissions. Prints whether it was deleted.
    ///
    /// Example: omgctl support delete-developer 245515657456648194
    #[command(alias = "deleteDeveloper")]
    DeleteDeveloper {
        /// Developer user id.
        user_id: i64,
        #[command(flatten)]
        delete: DeleteArgs,
    },
    /// List the permissions granted in a tenant, at the tenant, its projects and its stages,
    /// oldest first.
    ///
    /// Reads every page (or stops at --limit). Prints a table (SCOPE is TENANT, PROJECT or
    /// STAGE); -o json prints `{"permissions": [...]}`, -o id the permission ids, one a line.
    ///
    /// Example: omgctl support list-permissions my-studio --user 245515657456648194
    #[command(alias = "permissions")]
    ListPermissions {
        /// Tenant id or alias [default: TENANT].
        tenant: Option<String>,
        /// Only this developer's permissions (user id).
        #[arg(long)]
        user: Option<i64>,
        /// List at most this many.
        #[arg(long)]
        limit: Option<u32>,
    },
    /// Grant tenant permissions to a developer. Prints the newly created ones.
    ///
    /// Example: omgctl support create-tenant-permission my-studio 245515657456648194 PROJECT_MANAGER TENANT_VIEWER
    #[command(alias = "createTenantPermission")]
    CreateTenantPermission {
        /// Tenant id or alias.
        tenant: String,
        /// Developer user id.
        user_id: i64,
        /// Permissions: PROJECT_MANAGER, TENANT_VIEWER.
        #[arg(required = true, ignore_case = true, value_parser = tenant_permission())]
        permissions: Vec<TenantPermission>,
    },
    /// Revoke tenant permissions. Prints the deleted ones.
    ///
    /// Example: omgctl support delete-tenant-permission my-studio 245515657456648194 TENANT_VIEWER
    #[command(alias = "deleteTenantPermission")]
    DeleteTenantPermission {
        /// Tenant id or alias.
        tenant: String,
        /// Developer user id.
        user_id: i64,
        /// Permissions: PROJECT_MANAGER, TENANT_VIEWER.
        #[arg(required = true, ignore_case = true, value_parser = tenant_permission())]
        permissions: Vec<TenantPermission>,
    },
    /// Grant project permissions to a developer. Prints the newly created ones.
    ///
    /// Example: omgctl support create-project-permission my-studio my-game 245515657456648194 VERSION_MANAGER
    #[command(alias = "createProjectPermission")]
    CreateProjectPermission {
        /// Tenant id or alias.
        tenant: String,
        /// Project id or alias.
        project: String,
        /// Developer user id.
        user_id: i64,
        /// Permissions: STAGE_MANAGER, VERSION_MANAGER, PROJECT_VIEWER.
        #[arg(required = true, ignore_case = true, value_parser = project_permission())]
        permissions: Vec<ProjectPermission>,
    },
    /// Revoke project permissions. Prints the deleted ones.
    ///
    /// Example: omgctl support delete-project-permission my-studio my-game 245515657456648194 VERSION_MANAGER
    #[command(alias = "deleteProjectPermission")]
    DeleteProjectPermission {
        /// Tenant id or alias.
        tenant: String,
        /// Project id or alias.
        project: String,
        /// Developer user id.
        user_id: i64,
        /// Permissions: STAGE_MANAGER, VERSION_MANAGER, PROJECT_VIEWER.
        #[arg(required = true, ignore_case = true, value_parser = project_permission())]
        permissions: Vec<ProjectPermission>,
    },
    /// Grant stage permissions to a developer. Prints the newly created ones.
    ///
    /// Example: omgctl support create-stage-permission my-studio my-game default 245515657456648194 DEPLOYMENT_MANAGER
    #[command(alias = "createStagePermission")]
    CreateStagePermission {
        /// Tenant id or alias.
        tenant: String,
        /// Project id or alias.
        project: String,
        /// Stage id or alias.
        stage: String,
        /// Developer user id.
        user_id: i64,
        /// Permissions: DEPLOYMENT_MANAGER, STAGE_VIEWER.
        #[arg(required = true, ignore_case = true, value_parser = stage_permission())]
        permissions: Vec<StagePermission>,
    },
    /// Revoke stage permissions. Prints the deleted ones.
    ///
    /// Example: omgctl support delete-stage-permission my-studio my-game default 245515657456648194 STAGE_VIEWER
    #[command(alias = "deleteStagePermission")]
    DeleteStagePermission {
        /// Tenant id or alias.
        tenant: String,
        /// Project id or alias.
        project: String,
        /// Stage id or alias.
        stage: String,
        /// Developer user id.
        user_id: i64,
        /// Permissions: DEPLOYMENT_MANAGER, STAGE_VIEWER.
        #[arg(required = true, ignore_case = true, value_parser = stage_permission())]
        permissions: Vec<StagePermission>,
    },
}

/// Archive format of `upload-files-archive`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ArchiveFormat {
    /// gzip-compressed tar (what omgservers builds from).
    TarGz,
    /// zip (upstream's format; accepted by omgservers too).
    Zip,
}

#[derive(Debug, Subcommand)]
pub enum DeveloperCommand {
    /// Store developer credentials (numeric user id and password) and create a token with them.
    ///
    /// Example: echo "$PW" | omgctl developer use-credentials 245515657456648194 --password-stdin
    #[command(alias = "useCredentials")]
    UseCredentials(CredentialsArgs),
    /// Show the developer user and where its credentials come from.
    ///
    /// Example: omgctl developer print-current
    #[command(alias = "printCurrent")]
    PrintCurrent,
    /// Create (or renew) the developer token with the stored credentials.
    ///
    /// Example: omgctl developer create-token
    #[command(alias = "createToken")]
    CreateToken,
    /// Show a tenant: its permissions and projects.
    ///
    /// Example: omgctl developer get-tenant-details my-studio
    #[command(alias = "getTenantDetails")]
    GetTenantDetails {
        /// Tenant id or alias [default: TENANT].
        tenant: Option<String>,
    },
    /// Create a project with a default stage. Prints both ids; remembers PROJECT and STAGE.
    ///
    /// Example: omgctl developer create-project my-studio
    #[command(alias = "createProject")]
    CreateProject {
        /// Tenant id or alias [default: TENANT].
        tenant: Option<String>,
    },
    /// Give a project an alias.
    ///
    /// Example: omgctl developer create-project-alias my-studio 245515657456648193 my-game
    #[command(alias = "createProjectAlias")]
    CreateProjectAlias {
        /// Tenant id or alias.
        tenant: String,
        /// Project id.
        project_id: i64,
        /// Alias.
        alias: String,
    },
    /// List a tenant's projects, oldest first, with their aliases and how many stages and
    /// versions each has.
    ///
    /// With TENANT_VIEWER on the tenant it lists every project, otherwise those you hold
    /// PROJECT_VIEWER on. Reads every page (or stops at --limit). Prints a table; -o json
    /// prints `{"projects": [...]}`, -o id the project ids, one a line.
    ///
    /// Example: omgctl developer list-projects my-studio
    #[command(alias = "projects")]
    ListProjects {
        /// Tenant id or alias [default: TENANT].
        tenant: Option<String>,
        /// List at most this many.
        #[arg(long)]
        limit: Option<u32>,
    },
    /// List a project's stages, oldest first, with their aliases, deployments and the newest
    /// deployment (the one new players join).
    ///
    /// Needs PROJECT_VIEWER on the project. Reads every page (or stops at --limit). Prints a
    /// table; -o json prints `{"stages": [...]}`, -o id the stage ids.
    ///
    /// Example: omgctl developer list-stages my-studio my-game
    #[command(alias = "stages")]
    ListStages {
        /// Tenant id or alias [default: TENANT].
        tenant: Option<String>,
        /// Project id or alias [default: PROJECT].
        project: Option<String>,
        /// List at most this many.
        #[arg(long)]
        limit: Option<u32>,
    },
    /// List a project's versions, oldest first: the state of each one's newest build, its
    /// images, and how many deployments run it.
    ///
    /// Needs PROJECT_VIEWER on the project. Reads every page (or stops at --limit). Prints a
    /// table; -o json prints `{"versions": [...]}`, -o id the version ids.
    ///
    /// Example: omgctl developer list-versions my-studio my-game
    #[command(alias = "versions")]
    ListVersions {
        /// Tenant id or alias [default: TENANT].
        tenant: Option<String>,
        /// Project id or alias [default: PROJECT].
        project: Option<String>,
        /// List at most this many.
        #[arg(long)]
        limit: Option<u32>,
    },
    /// List a stage's deployments, oldest first (the last is the newest): version, state,
    /// runtimes and clients, and why one FAILED.
    ///
    /// Needs PROJECT_VIEWER on the project. Reads every page (or stops at --limit). Prints a
    /// table; -o json prints `{"deployments": [...]}`, -o id the deployment ids.
    ///
    /// Example: omgctl developer list-deployments my-studio my-game production
    #[command(alias = "deployments")]
    ListDeployments {
        /// Tenant id or alias [default: TENANT].
        tenant: Option<String>,
        /// Project id or alias [default: PROJECT].
        project: Option<String>,
        /// Stage id or alias [default: STAGE].
        stage: Option<String>,
        /// List at most this many.
        #[arg(long)]
        limit: Option<u32>,
    },
    /// List a stage's runtimes — its lobbies and matches — oldest first: status (and why it is
    /// not running), the mode a match plays, clients, starts and failures.
    ///
    /// Needs STAGE_VIEWER or DEPLOYMENT_MANAGER on the stage. Reads every page (or stops at
    /// --limit). Prints a table; -o json prints `{"runtimes": [...]}`, -o id the runtime ids.
    /// With --watch, prints it again every --interval until interrupted (Ctrl-C).
    ///
    /// Example: omgctl developer list-runtimes my-studio my-game production --matches --watch
    #[command(alias = "runtimes")]
    ListRuntimes {
        /// Tenant id or alias [default: TENANT].
        tenant: Option<String>,
        /// Project id or alias [default: PROJECT].
        project: Option<String>,
        /// Stage id or alias [default: STAGE].
        stage: Option<String>,
        /// Only this deployment's runtimes.
        #[arg(long)]
        deployment: Option<i64>,
        /// Only lobbies.
        #[arg(long, conflicts_with = "matches")]
        lobbies: bool,
        /// Only matches.
        #[arg(long)]
        matches: bool,
        /// List at most this many.
        #[arg(long)]
        limit: Option<u32>,
        /// Print the list again every --interval until interrupted.
        #[arg(long, short = 'w')]
        watch: bool,
        /// How often --watch prints, e.g. 2s, 500ms.
        #[arg(long, default_value = "2s", value_parser = parse_duration, requires = "watch")]
        interval: std::time::Duration,
    },
    /// Show a project: its permissions, stages and versions.
    ///
    /// Example: omgctl developer get-project-details my-studio my-game
    #[command(alias = "getProjectDetails")]
    GetProjectDetails {
        /// Tenant id or alias [default: TENANT].
        tenant: Option<String>,
        /// Project id or alias [default: PROJECT].
        project: Option<String>,
    },
    /// Delete a project and everything under it. Prints whether it was deleted; with
    /// --dry-run, what would be deleted.
    ///
    /// Example: omgctl developer delete-project my-studio my-game
    #[command(alias = "deleteProject")]
    DeleteProject {
        /// Tenant id or alias.
        tenant: String,
        /// Project id or alias.
        project: String,
        #[command(flatten)]
        delete: DeleteArgs,
        #[command(flatten)]
        cascade: CascadeArgs,
    },
    /// Create a stage. Prints its id; remembers STAGE.
    ///
    /// Example: omgctl developer create-stage my-studio my-game
    #[command(alias = "createStage")]
    CreateStage {
        /// Tenant id or alias [default: TENANT].
        tenant: Option<String>,
        /// Project id or alias [default: PROJECT].
        project: Option<String>,
    },
    /// Give a stage an alias.
    ///
    /// Example: omgctl developer create-stage-alias my-studio 245515657456648195 production
    #[command(alias = "createStageAlias")]
    CreateStageAlias {
        /// Tenant id or alias.
        tenant: String,
        /// Stage id.
        stage_id: i64,
        /// Alias.
        alias: String,
    },
    /// Show a stage: its permissions and deployments.
    ///
    /// Example: omgctl developer get-stage-details my-studio my-game production
    #[command(alias = "getStageDetails")]
    GetStageDetails {
        /// Tenant id or alias [default: TENANT].
        tenant: Option<String>,
        /// Project id or alias [default: PROJECT].
        project: Option<String>,
        /// Stage id or alias [default: STAGE].
        stage: Option<String>,
    },
    /// Delete a stage and its deployments. Prints whether it was deleted; with --dry-run, what
    /// would be deleted.
    ///
    /// Example: omgctl developer delete-stage my-studio my-game production
    #[command(alias = "deleteStage")]
    DeleteStage {
        /// Tenant id or alias.
        tenant: String,
        /// Project id or alias.
        project: String,
        /// Stage id or alias.
        stage: String,
        #[command(flatten)]
        delete: DeleteArgs,
        #[command(flatten)]
        cascade: CascadeArgs,
    },
    /// Create a version from a version config JSON file. Prints its id; remembers VERSION.
    ///
    /// With --wait, then waits until the version has an image, from a registry push or a build
    /// of an uploaded archive done elsewhere (another job, a background `docker push`): the
    /// version id is remembered and shown on stderr before waiting, with the repository to push
    /// to. A script that pushes or uploads after this command needs no --wait here:
    /// `deploy-version --wait` waits for the image itself. Fails with exit code 1 when --timeout
    /// passes first (the version stays).
    ///
    /// Example: omgctl developer create-version my-studio my-game config.json
    #[command(alias = "createVersion")]
    CreateVersion {
        /// Tenant id or alias.
        tenant: String,
        /// Project id or alias.
        project: String,
        /// Path of the version config JSON (modes, groups…); `-` reads stdin.
        config: PathBuf,
        /// After creating the version, wait until it has an image.
        #[arg(long)]
        wait: bool,
        /// How long --wait waits, e.g. 90s, 5m.
        #[arg(long, default_value = "10m", value_parser = parse_duration, requires = "wait")]
        timeout: std::time::Duration,
    },
    /// Pack a directory and upload it as the version's files archive (the server builds an image).
    ///
    /// Leaves out what the directory's .gitignore, .ignore and .omgignore files ignore (whether
    /// or not it is a git checkout), .env files, and .git, .hg, .svn, target and node_modules;
    /// refuses an empty archive. Says how many files were left out (--verbose lists them), shows
    /// the size and, on a terminal, a progress bar. Prints the files archive id; remembers FILES_ARCHIVE,
    /// and BUILD_REQUEST when the server started a build.
    ///
    /// With --wait, follows the build (`get-build-log`) until it succeeds or fails; a failed
    /// build prints the end of its log on stderr and exits with 1, as does --timeout.
    ///
    /// Example: omgctl developer upload-files-archive my-studio 245515657456648196 ./lua --wait
    #[command(alias = "uploadFilesArchive")]
    UploadFilesArchive {
        /// Tenant id or alias.
        tenant: String,
        /// Version id.
        version_id: i64,
        /// Directory to pack. Left out: what its `.gitignore`, `.ignore` and `.omgignore` files
        /// ignore (gitignore syntax; rules of folders above it do not apply), `.env` files, and
        /// .git, .hg, .svn, target and node_modules folders.
        dir: PathBuf,
        /// Archive format.
        #[arg(long, value_enum, default_value_t = ArchiveFormat::TarGz)]
        format: ArchiveFormat,
        /// Follow the build until it succeeds or fails.
        #[arg(long)]
        wait: bool,
        /// How long --wait follows the build, e.g. 90s, 5m.
        #[arg(long, default_value = "15m", value_parser = parse_duration, requires = "wait")]
        timeout: std::time::Duration,
    },
    /// Show a build of an uploaded files archive: its state and log.
    ///
    /// Prints the log on stdout and the state (QUEUED, BUILDING, SUCCEEDED, FAILED) and image on
    /// stderr; -o id prints only the state; -o json the wire DTO.
    ///
    /// Example: omgctl developer get-build-log my-studio 245515657456648201
    #[command(alias = "getBuildLog")]
    GetBuildLog {
        /// Tenant id or alias [default: TENANT].
        tenant: Option<String>,
        /// Build request id (printed by upload-files-archive) [default: BUILD_REQUEST].
        build_request_id: Option<i64>,
    },
    /// Show a version: its build requests and images.
    ///
    /// Example: omgctl developer get-version-details my-studio 245515657456648196
    #[command(alias = "getVersionDetails")]
    GetVersionDetails {
        /// Tenant id or alias [default: TENANT].
        tenant: Option<String>,
        /// Version id [default: VERSION].
        version_id: Option<i64>,
    },
    /// Delete a version no deployment uses. Prints whether it was deleted.
    ///
    /// Example: omgctl developer delete-version my-studio 245515657456648196
    #[command(alias = "deleteVersion")]
    DeleteVersion {
        /// Tenant id or alias.
        tenant: String,
        /// Version id.
        version_id: i64,
        #[command(flatten)]
        delete: DeleteArgs,
    },
    /// Deploy a version (it needs an image) to a stage. Prints the deployment id; remembers
    /// DEPLOYMENT.
    ///
    /// A new deployment is PENDING until its lobby runtime has talked to the server; only then
    /// (READY) does it take new players and do older deployments of the stage drain. One that
    /// does not get ready (its runtime crashes, its image cannot be pulled, no host has room)
    /// FAILS and the previous deployment keeps serving.
    ///
    /// With --wait, first waits until the version has an image (a build from
    /// upload-files-archive, or a registry push), then deploys and follows the deployment until
    /// it is READY; a spinner on a terminal, plain lines otherwise. Fails with exit code 1 when
    /// the deployment FAILED or --timeout (for the whole) passes first, showing the reason, the
    /// deployment's events, the runtimes' states and the last log lines of a runtime that
    /// exited.
    ///
    /// Example: omgctl developer deploy-version my-studio my-game production 245515657456648196 --wait
    #[command(alias = "deployVersion")]
    DeployVersion {
        /// Tenant id or alias [default: TENANT].
        tenant: Option<String>,
        /// Project id or alias [default: PROJECT].
        project: Option<String>,
        /// Stage id or alias [default: STAGE].
        stage: Option<String>,
        /// Version id [default: VERSION].
        version_id: Option<i64>,
        /// Wait for the version's image, deploy, then wait until the deployment is READY.
        #[arg(long)]
        wait: bool,
        /// How long --wait waits in all, e.g. 90s, 5m.
        #[arg(long, default_value = "5m", value_parser = parse_duration)]
        timeout: std::time::Duration,
    },
    /// Show a deployment: its lobbies and matchmakers.
    ///
    /// Example: omgctl developer get-deployment-details my-studio 245515657456648197
    #[command(alias = "getDeploymentDetails")]
    GetDeploymentDetails {
        /// Tenant id or alias [default: TENANT].
        tenant: Option<String>,
        /// Deployment id [default: DEPLOYMENT].
        deployment_id: Option<i64>,
    },
    /// Show a deployment's runtimes (lobby and matches) and where each stands.
    ///
    /// STATE is PENDING (not started: waiting for room, DETAIL says what is short), PULLING,
    /// IMAGE_PULL_FAILED, STARTING, RUNNING, EXITED, CRASH_LOOP_BACKOFF or STOPPED (its
    /// deployment failed); DETAIL says why, NEXT START when a failed runtime starts again.
    /// READY says whether it has talked to the server since its last start; STARTS counts its
    /// starts, FAILURES its failed starts in a row. Prints a table; -o id prints the runtime
    /// ids, one a line.
    ///
    /// Example: omgctl developer get-deployment-runtimes my-studio 245515657456648197
    #[command(alias = "getDeploymentRuntimes")]
    GetDeploymentRuntimes {
        /// Tenant id or alias [default: TENANT].
        tenant: Option<String>,
        /// Deployment id [default: DEPLOYMENT].
        deployment_id: Option<i64>,
    },
    /// Show what runs in a stage now, as `fly status` does: its deployments with their runtimes
    /// by status, lobbies and matches (runtime status, mode, players) and the matchmaking queue.
    ///
    /// Needs STAGE_VIEWER or DEPLOYMENT_MANAGER on the stage. Prints tables; -o json prints the
    /// wire DTO, -o id the deployment ids. With --watch, prints it again every --interval until
    /// interrupted (Ctrl-C).
    ///
    /// Example: omgctl developer status my-studio my-game production --watch
    #[command(alias = "status", alias = "getStageStatus")]
    GetStageStatus {
        /// Tenant id or alias [default: TENANT].
        tenant: Option<String>,
        /// Project id or alias [default: PROJECT].
        project: Option<String>,
        /// Stage id or alias [default: STAGE].
        stage: Option<String>,
        /// Print the status again every --interval until interrupted.
        #[arg(long, short = 'w')]
        watch: bool,
        /// How often --watch prints, e.g. 2s, 500ms.
        #[arg(long, default_value = "2s", value_parser = parse_duration, requires = "watch")]
        interval: std::time::Duration,
    },
    /// List a stage's connected clients: player, deployment, state, runtime, last activity.
    ///
    /// Needs STAGE_VIEWER or DEPLOYMENT_MANAGER on the stage. Reads every page (or stops at
    /// --limit). Prints a table; -o json prints `{"clients": [...]}`, -o id the client ids.
    ///
    /// Example: omgctl developer list-clients my-studio my-game production --user 245515657456648199
    #[command(alias = "clients")]
    ListClients {
        /// Tenant id or alias [default: TENANT].
        tenant: Option<String>,
        /// Project id or alias [default: PROJECT].
        project: Option<String>,
        /// Stage id or alias [default: STAGE].
        stage: Option<String>,
        /// Only this player's clients (user id).
        #[arg(long)]
        user: Option<i64>,
        /// List at most this many.
        #[arg(long)]
        limit: Option<u32>,
    },
    /// Show a deployment's events, oldest first: runtime starts, failures, backoff, waits, and
    /// the rollout's outcome (as `kubectl describe` shows events).
    ///
    /// Prints a table; -o json prints the wire DTO.
    ///
    /// Example: omgctl developer get-deployment-events my-studio 245515657456648197
    #[command(alias = "getDeploymentEvents")]
    GetDeploymentEvents {
        /// Tenant id or alias [default: TENANT].
        tenant: Option<String>,
        /// Deployment id [default: DEPLOYMENT].
        deployment_id: Option<i64>,
        /// How many of the newest events to show (the server's default: 50; at most 200).
        #[arg(long, short = 'n', value_name = "N")]
        limit: Option<u32>,
    },
    /// Deploy a stage's previous version again: the version of the newest deployment older
    /// than the one serving the stage, or the version --to-version names (needed once the
    /// previous deployment drained away: `omgctl developer get-project-details` lists the
    /// versions). Takes --wait and --timeout as deploy-version does.
    ///
    /// A deployment that FAILED needs no rollback: the previous one never stopped serving.
    ///
    /// Example: omgctl developer rollback my-studio my-game production --wait
    Rollback {
        /// Tenant id or alias [default: TENANT].
        tenant: Option<String>,
        /// Project id or alias [default: PROJECT].
        project: Option<String>,
        /// Stage id or alias [default: STAGE].
        stage: Option<String>,
        /// The version to go back to.
        #[arg(long)]
        to_version: Option<i64>,
        /// Follow the new deployment until it is READY, as deploy-version --wait.
        #[arg(long)]
        wait: bool,
        /// How long --wait waits, e.g. 90s, 5m.
        #[arg(long, default_value = "5m", value_parser = parse_duration)]
        timeout: std::time::Duration,
    },
    /// Print the recent output of a runtime's container, as it is, on stdout.
    ///
    /// The container is kept for a while after it exits, so the logs of a crashed runtime stay
    /// readable. -o json prints the wire DTO.
    ///
    /// With --follow, keeps printing what the runtime writes, across restarts of its container,
    /// until interrupted (as `docker logs -f` does for one container).
    ///
    /// Example: omgctl developer get-runtime-logs my-studio 245515657456648202 --tail 50 -f
    #[command(alias = "getRuntimeLogs", alias = "logs")]
    GetRuntimeLogs {
        /// Tenant id or alias.
        tenant: String,
        /// Runtime id (see `omgctl developer get-deployment-runtimes`).
        runtime_id: i64,
        /// How many of the last lines to print (the server's default: 200; at most 10000).
        #[arg(long, short = 'n', value_name = "N")]
        tail: Option<u32>,
        /// Only what was written since: a duration ago (10m, 1h30m) or an ISO-8601 instant.
        #[arg(long, value_name = "WHEN")]
        since: Option<String>,
        /// Start each line with the instant it was written.
        #[arg(long, short = 't')]
        timestamps: bool,
        /// Keep printing new output (looks every second) until interrupted.
        #[arg(long, short = 'f')]
        follow: bool,
    },
    /// Disconnect a player's client, as a lobby runtime's KICK_CLIENT does: its runtime gets
    /// DELETE_CLIENT and the player's next interchange finds no client (it may join again).
    /// Asks first; exits 3 when the tenant has no such client.
    ///
    /// Example: omgctl developer kick-client my-studio 245515657456648201 --yes
    #[command(alias = "kickClient", alias = "kick")]
    KickClient {
        /// Tenant id or alias.
        tenant: String,
        /// Client id (omgctl developer list-clients).
        client_id: i64,
        #[command(flatten)]
        delete: DeleteArgs,
    },
    /// Delete a deployment with its lobbies, matchmakers and runtimes. Prints whether it was
    /// deleted; with --dry-run, what would be deleted.
    ///
    /// Example: omgctl developer delete-deployment my-studio 245515657456648197
    #[command(alias = "deleteDeployment")]
    DeleteDeployment {
        /// Tenant id or alias.
        tenant: String,
        /// Deployment id.
        deployment_id: i64,
        #[command(flatten)]
        delete: DeleteArgs,
        #[command(flatten)]
        cascade: CascadeArgs,
    },
    /// Add one more lobby to a deployment.
    ///
    /// Example: omgctl developer create-lobby-request my-studio 245515657456648197
    #[command(alias = "createLobbyRequest")]
    CreateLobbyRequest {
        /// Tenant id or alias [default: TENANT].
        tenant: Option<String>,
        /// Deployment id [default: DEPLOYMENT].
        deployment_id: Option<i64>,
    },
    /// Delete a lobby. Prints whether it was deleted.
    ///
    /// Example: omgctl developer delete-lobby 245515657456648198
    #[command(alias = "deleteLobby")]
    DeleteLobby {
        /// Lobby id.
        lobby_id: i64,
        #[command(flatten)]
        delete: DeleteArgs,
    },
    /// Add one more matchmaker to a deployment.
    ///
    /// Example: omgctl developer create-matchmaker-request my-studio 245515657456648197
    #[command(alias = "createMatchmakerRequest")]
    CreateMatchmakerRequest {
        /// Tenant id or alias [default: TENANT].
        tenant: Option<String>,
        /// Deployment id [default: DEPLOYMENT].
        deployment_id: Option<i64>,
    },
    /// Delete a matchmaker. Prints whether it was deleted.
    ///
    /// Example: omgctl developer delete-matchmaker 245515657456648199
    #[command(alias = "deleteMatchmaker")]
    DeleteMatchmaker {
        /// Matchmaker id.
        matchmaker_id: i64,
        #[command(flatten)]
        delete: DeleteArgs,
    },
}

/// A slot (`3`) or an inclusive range of slots (`0-7`).
pub fn parse_slots(s: &str) -> Result<Vec<i64>, String> {
    let number = |n: &str| {
        n.trim()
            .parse::<i64>()
            .map_err(|_| format!("`{s}` is not a slot number or a range like 0-7"))
    };
    match s.split_once('-') {
        Some((first, last)) => {
            let (first, last) = (number(first)?, number(last)?);
            if first > last {
                return Err(format!(
                    "`{s}`: a range goes from the lower slot to the higher"
                ));
            }
            if last - first >= 65_536 {
                return Err(format!("`{s}`: a range spans at most 65536 slots"));
            }
            Ok((first..=last).collect())
        }
        None => Ok(vec![number(s)?]),
    }
}

/// A flag's duration: `90s`, `500ms`, `1m30s`, `PT1M30S` or bare seconds — the server's
/// grammar (`omgservers_types::duration`).
pub fn parse_duration(s: &str) -> Result<std::time::Duration, String> {
    omgservers_types::duration::parse(s)
}

/// Completion candidates of an environment name: those configured now (dynamic completion,
/// `COMPLETE=<shell> omgctl`).
fn environment_candidates() -> clap_complete::engine::ArgValueCandidates {
    clap_complete::engine::ArgValueCandidates::new(|| {
        crate::store::environment_names()
            .into_iter()
            .map(clap_complete::engine::CompletionCandidate::new)
            .collect()
    })
}

/// Permission names as clap values: listed in help and completions, any case accepted.
macro_rules! permission_parser {
    ($name:ident, $permission:ty) => {
        fn $name() -> impl clap::builder::TypedValueParser<Value = $permission> {
            use clap::builder::TypedValueParser as _;
            clap::builder::PossibleValuesParser::new(<$permission>::ALL.iter().map(|p| p.as_str()))
                .try_map(|name| name.parse::<$permission>())
        }
    };
}

permission_parser!(tenant_permission, TenantPermission);
permission_parser!(project_permission, ProjectPermission);
permission_parser!(stage_permission, StagePermission);

/// The clap command, for completions and generated docs.
pub fn command() -> clap::Command {
    <Cli as clap::CommandFactory>::command()
}
