//! omgctl's errors and their exit codes: 0 ok, 1 operation failed, 2 usage error, 3 not found,
//! 4 not authenticated or forbidden, 130 interrupted.

use omgservers_types::ErrorQualifier;

#[derive(Debug, thiserror::Error)]
pub enum CtlError {
    /// Wrong or missing arguments or configuration (exit 2).
    #[error("{message}")]
    Usage { message: String, hint: String },

    /// Something asked for does not exist locally (exit 3).
    #[error("{message}")]
    NotFound { message: String, hint: String },

    /// No usable credentials (exit 4).
    #[error("{message}")]
    NotAuthenticated { message: String, hint: String },

    /// The server answered with an error.
    #[error("{op} failed: HTTP {status} {qualifier}: {message}")]
    Api {
        op: String,
        status: u16,
        qualifier: String,
        message: String,
    },

    /// The server could not be reached.
    #[error("cannot reach {url}: {detail}")]
    Transport { url: String, detail: String },

    /// An operation failed on our side (timeout, bad file …) (exit 1).
    #[error("{message}")]
    Failed { message: String, hint: String },

    #[error("{context}: {source}")]
    Io {
        context: String,
        source: std::io::Error,
    },

    /// Ctrl-C at a prompt (exit 130).
    #[error("interrupted")]
    Interrupted,

    #[error(transparent)]
    Other(#[from] anyhow::Error),
}

impl CtlError {
    pub fn usage(message: impl Into<String>, hint: impl Into<String>) -> CtlError {
        CtlError::Usage {
            message: message.into(),
            hint: hint.into(),
        }
    }
    pub fn not_found(message: impl Into<String>, hint: impl Into<String>) -> CtlError {
        CtlError::NotFound {
            message: message.into(),
            hint: hint.into(),
        }
    }
    pub fn failed(message: impl Into<String>, hint: impl Into<String>) -> CtlError {
        CtlError::Failed {
            message: message.into(),
            hint: hint.into(),
        }
    }
    pub fn io(context: impl Into<String>, source: std::io::Error) -> CtlError {
        CtlError::Io {
            context: context.into(),
            source,
        }
    }

    pub fn exit_code(&self) -> u8 {
        match self {
            CtlError::Usage { .. } => 2,
            CtlError::NotFound { .. } => 3,
            CtlError::NotAuthenticated { .. } => 4,
            CtlError::Api { status, .. } => match status {
                404 => 3,
                401 | 403 => 4,
                _ => 1,
            },
            CtlError::Interrupted => 130,
            _ => 1,
        }
    }

    /// What to do about it, or an empty string.
    pub fn hint(&self) -> String {
        match self {
            CtlError::Usage { hint, .. }
            | CtlError::NotFound { hint, .. }
            | CtlError::NotAuthenticated { hint, .. }
            | CtlError::Failed { hint, .. } => hint.clone(),
            CtlError::Transport { .. } => {
                "is the server running at that URL? `omgctl environment print-current` shows it"
                    .to_owned()
            }
            CtlError::Api {
                op,
                qualifier,
                message,
                ..
            } => api_hint(op, qualifier, message),
            _ => String::new(),
        }
    }
}

fn api_hint(op: &str, qualifier: &str, message: &str) -> String {
    let Ok(q) = qualifier.parse::<ErrorQualifier>() else {
        return String::new();
    };
    use ErrorQualifier as Q;
    match (op, q) {
        ("admin/ping-docker-host" | "admin/create-pool-host", Q::SERVER_NOT_FOUND) => {
            return "the server (not this machine) could not reach the Docker daemon: check the URI, \
                    that dockerd listens there (e.g. -H tcp://0.0.0.0:2375) and that the server can reach it"
                .to_owned()
        }
        ("admin/create-pool-host", Q::DB_CONSTRAINT_VIOLATED) => {
            return "`omgctl admin get-pool-hosts` lists the hosts already in the pool".to_owned()
        }
        ("admin/drain-node", Q::WRONG_REQUEST) if message.contains("no other live node") => {
            return "undrain another node (`omgctl admin drain-node --undo <uri>`) or start one; \
                    `omgctl admin get-cluster` lists the nodes"
                .to_owned()
        }
        ("admin/delete-pool-host", Q::WRONG_REQUEST) => {
            return "drain it with `omgctl admin drain-pool-host <id>`, wait until \
                    `omgctl admin get-pool-hosts` shows 0 containers on it, then delete it"
                .to_owned()
        }
        ("developer/get-runtime-logs", Q::OBJECT_NOT_FOUND | Q::RUNTIME_NOT_FOUND) => {
            return "a runtime has logs once its container or process started (a container's are kept \
                    a while after it ends); `omgctl developer get-deployment-runtimes` lists a \
                    deployment's runtimes"
                .to_owned()
        }
        _ => {}
    }
    match q {
        Q::WRONG_CREDENTIALS => {
            "check the credentials: `omgctl <role> use-credentials …` or OMGCTL_<ROLE>_USER/_PASSWORD"
                .to_owned()
        }
        Q::PERMISSION_NOT_FOUND => {
            let perm = [
                "PROJECT_MANAGER",
                "TENANT_VIEWER",
                "STAGE_MANAGER",
                "VERSION_MANAGER",
                "PROJECT_VIEWER",
                "DEPLOYMENT_MANAGER",
                "STAGE_VIEWER",
            ]
            .into_iter()
            .find(|p| message.contains(p));
            match perm {
                Some(p) => format!(
                    "ask support to grant {p}: `omgctl support create-{}-permission …`",
                    match p {
                        "PROJECT_MANAGER" | "TENANT_VIEWER" => "tenant",
                        "DEPLOYMENT_MANAGER" | "STAGE_VIEWER" => "stage",
                        _ => "project",
                    }
                ),
                None => "this user lacks the role or permission the operation needs".to_owned(),
            }
        }
        Q::OBJECT_NOT_FOUND
        | Q::PARENT_NOT_FOUND
        | Q::VERSION_NOT_FOUND
        | Q::DEPLOYMENT_NOT_FOUND
        | Q::LOBBY_NOT_FOUND
        | Q::MATCHMAKER_NOT_FOUND
        | Q::USER_NOT_FOUND => {
            "check the ids and aliases; `omgctl developer get-tenant-details` lists what exists"
                .to_owned()
        }
        Q::ENDPOINT_NOT_FOUND => {
            "this server does not provide this operation (yet); check its version".to_owned()
        }
        Q::WRONG_VERSION_STATE => {
            "a version needs an image before it is deployed and cannot be deleted while deployed"
                .to_owned()
        }
        Q::DB_CONSTRAINT_VIOLATED => "the alias may already be taken".to_owned(),
        Q::VALIDATION_CONSTRAINT_VIOLATED | Q::WRONG_REQUEST | Q::WRONG_ARGUMENT => {
            "check the arguments against `--help`".to_owned()
        }
        Q::VERSION_ZIP_NOT_FOUND | Q::WRONG_VERSION_ZIP => {
            "the archive must contain the game's files (main.lua at its root for Lua runtimes)"
                .to_owned()
        }
        _ => String::new(),
    }
}
