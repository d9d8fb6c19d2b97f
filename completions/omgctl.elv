use builtin;
use str;

set edit:completion:arg-completer[omgctl] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'omgctl'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'omgctl'= {
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand environment 'Select and inspect environments (server URL and remembered values)'
            cand env 'Select and inspect environments (server URL and remembered values)'
            cand admin 'Admin commands: tokens, ids, hashes, shards, Docker hosts'
            cand support 'Support commands: tenants, projects, developers, permissions'
            cand developer 'Developer commands: projects, stages, versions, deployments, lobbies, matchmakers'
            cand request-log 'Show omgctl''s recent request log (method, path, status, duration; never secrets). `logs`, upstream''s name, still works; a runtime''s output is `omgctl developer get-runtime-logs`'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'omgctl;environment'= {
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand reset 'Forget every environment, remembered value and stored credential'
            cand print-current 'Print the current environment, its URL, remembered values and where credentials come from'
            cand print-variable 'Print one remembered value (e.g. TENANT, VERSION, DEVELOPER_PASSWORD) without a newline'
            cand use-environment 'Create or update an environment and make it the current one'
            cand list 'List the environments: name, server URL, and which one is current'
            cand delete 'Delete an environment with its remembered values and stored credentials'
            cand rename 'Rename an environment; its remembered values and stored credentials go with it'
            cand use-public 'Use the public environment `public` (https://api.omgservers.com)'
            cand use-local 'Use the local environment `local` with the dev-mode credentials admin/admin, support/support'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'omgctl;env'= {
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand reset 'Forget every environment, remembered value and stored credential'
            cand print-current 'Print the current environment, its URL, remembered values and where credentials come from'
            cand print-variable 'Print one remembered value (e.g. TENANT, VERSION, DEVELOPER_PASSWORD) without a newline'
            cand use-environment 'Create or update an environment and make it the current one'
            cand list 'List the environments: name, server URL, and which one is current'
            cand delete 'Delete an environment with its remembered values and stored credentials'
            cand rename 'Rename an environment; its remembered values and stored credentials go with it'
            cand use-public 'Use the public environment `public` (https://api.omgservers.com)'
            cand use-local 'Use the local environment `local` with the dev-mode credentials admin/admin, support/support'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'omgctl;environment;reset'= {
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -y 'Reset without asking (required without a terminal; or OMGCTL_YES=1)'
            cand --yes 'Reset without asking (required without a terminal; or OMGCTL_YES=1)'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;env;reset'= {
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -y 'Reset without asking (required without a terminal; or OMGCTL_YES=1)'
            cand --yes 'Reset without asking (required without a terminal; or OMGCTL_YES=1)'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;environment;print-current'= {
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;env;print-current'= {
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;environment;print-variable'= {
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;env;print-variable'= {
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;environment;use-environment'= {
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;env;use-environment'= {
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;environment;list'= {
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;env;list'= {
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;environment;delete'= {
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -y 'Delete without asking (required without a terminal; or OMGCTL_YES=1)'
            cand --yes 'Delete without asking (required without a terminal; or OMGCTL_YES=1)'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;env;delete'= {
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -y 'Delete without asking (required without a terminal; or OMGCTL_YES=1)'
            cand --yes 'Delete without asking (required without a terminal; or OMGCTL_YES=1)'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;environment;rename'= {
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;env;rename'= {
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;environment;use-public'= {
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;env;use-public'= {
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;environment;use-local'= {
            cand --url 'Server URL'
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;env;use-local'= {
            cand --url 'Server URL'
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;environment;help'= {
            cand reset 'Forget every environment, remembered value and stored credential'
            cand print-current 'Print the current environment, its URL, remembered values and where credentials come from'
            cand print-variable 'Print one remembered value (e.g. TENANT, VERSION, DEVELOPER_PASSWORD) without a newline'
            cand use-environment 'Create or update an environment and make it the current one'
            cand list 'List the environments: name, server URL, and which one is current'
            cand delete 'Delete an environment with its remembered values and stored credentials'
            cand rename 'Rename an environment; its remembered values and stored credentials go with it'
            cand use-public 'Use the public environment `public` (https://api.omgservers.com)'
            cand use-local 'Use the local environment `local` with the dev-mode credentials admin/admin, support/support'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'omgctl;environment;help;reset'= {
        }
        &'omgctl;environment;help;print-current'= {
        }
        &'omgctl;environment;help;print-variable'= {
        }
        &'omgctl;environment;help;use-environment'= {
        }
        &'omgctl;environment;help;list'= {
        }
        &'omgctl;environment;help;delete'= {
        }
        &'omgctl;environment;help;rename'= {
        }
        &'omgctl;environment;help;use-public'= {
        }
        &'omgctl;environment;help;use-local'= {
        }
        &'omgctl;environment;help;help'= {
        }
        &'omgctl;env;help'= {
            cand reset 'Forget every environment, remembered value and stored credential'
            cand print-current 'Print the current environment, its URL, remembered values and where credentials come from'
            cand print-variable 'Print one remembered value (e.g. TENANT, VERSION, DEVELOPER_PASSWORD) without a newline'
            cand use-environment 'Create or update an environment and make it the current one'
            cand list 'List the environments: name, server URL, and which one is current'
            cand delete 'Delete an environment with its remembered values and stored credentials'
            cand rename 'Rename an environment; its remembered values and stored credentials go with it'
            cand use-public 'Use the public environment `public` (https://api.omgservers.com)'
            cand use-local 'Use the local environment `local` with the dev-mode credentials admin/admin, support/support'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'omgctl;env;help;reset'= {
        }
        &'omgctl;env;help;print-current'= {
        }
        &'omgctl;env;help;print-variable'= {
        }
        &'omgctl;env;help;use-environment'= {
        }
        &'omgctl;env;help;list'= {
        }
        &'omgctl;env;help;delete'= {
        }
        &'omgctl;env;help;rename'= {
        }
        &'omgctl;env;help;use-public'= {
        }
        &'omgctl;env;help;use-local'= {
        }
        &'omgctl;env;help;help'= {
        }
        &'omgctl;admin'= {
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand use-credentials 'Store admin credentials for this environment and create a token with them'
            cand print-current 'Show the admin user and where its credentials come from'
            cand create-token 'Create (or renew) the admin token with the stored credentials'
            cand calculate-shard 'Shard index and owning server of a shard key. Remembers SHARD_INDEX and SERVER_URI'
            cand generate-id 'Generate a snowflake id. Prints it; remembers GENERATED_ID'
            cand bcrypt-hash 'bcrypt-hash a value. Prints the hash; remembers BCRYPTED_HASH'
            cand ping-docker-host 'Ask the server to ping a Docker daemon. Prints the answering server; remembers SUCCESSFUL'
            cand get-pool-hosts 'List the runtime pool''s Docker hosts with their load and reachability'
            cand create-pool-host 'Add a Docker host to the runtime pool. Prints the host'
            cand drain-pool-host 'Stop placing new runtimes on a pool host (its running ones stay). Prints the host'
            cand get-cluster 'List the nodes of a sharded installation and the slots each holds'
            cand drain-node 'Hand a node''s slots over to the other nodes (it keeps serving by forwarding)'
            cand get-slot-databases 'List the shard databases, the slots whose game state each holds, and the moves under way'
            cand move-slots 'Move slots'' game state to another shard database'
            cand cancel-slot-moves 'Cancel slots'' moves that have not switched to their new database yet'
            cand delete-pool-host 'Remove a pool host that runs no runtime container. Prints whether it was deleted'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'omgctl;admin;use-credentials'= {
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand --password-stdin 'Read the password from the first line of stdin'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;admin;print-current'= {
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;admin;create-token'= {
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;admin;calculate-shard'= {
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;admin;generate-id'= {
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;admin;bcrypt-hash'= {
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;admin;ping-docker-host'= {
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;admin;get-pool-hosts'= {
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;admin;create-pool-host'= {
            cand --cpus 'CPUs the host offers to runtimes'
            cand --memory-mb 'Memory the host offers to runtimes, in megabytes'
            cand --max-containers 'Most runtime containers the host runs at once'
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;admin;drain-pool-host'= {
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand --undo 'Put a drained host back into service'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;admin;get-cluster'= {
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;admin;drain-node'= {
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand --undo 'Take a drained node back into service'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;admin;get-slot-databases'= {
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;admin;move-slots'= {
            cand --to 'The shard database index to move them to (`<i>` of OMGSERVERS_DATABASE_SHARDS_<i>_URL)'
            cand --timeout 'How long to wait for the moves, e.g. 90s, 5m (by default longer than the servers'' OMGSERVERS_SLOT_MOVES_TIMEOUT, 5 min, so that a slot''s move given up is told; the slots of a request move one after another, each timed from its own lock)'
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand --no-wait 'Return once the moves are recorded'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;admin;cancel-slot-moves'= {
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;admin;delete-pool-host'= {
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -y 'Delete without asking. Without a terminal to ask on (scripts, CI) a delete is refused unless this is given (or OMGCTL_YES=1 is set)'
            cand --yes 'Delete without asking. Without a terminal to ask on (scripts, CI) a delete is refused unless this is given (or OMGCTL_YES=1 is set)'
            cand --ignore-not-found 'Exit 0 when there is nothing to delete (otherwise exit 3, as `kubectl delete` does)'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;admin;help'= {
            cand use-credentials 'Store admin credentials for this environment and create a token with them'
            cand print-current 'Show the admin user and where its credentials come from'
            cand create-token 'Create (or renew) the admin token with the stored credentials'
            cand calculate-shard 'Shard index and owning server of a shard key. Remembers SHARD_INDEX and SERVER_URI'
            cand generate-id 'Generate a snowflake id. Prints it; remembers GENERATED_ID'
            cand bcrypt-hash 'bcrypt-hash a value. Prints the hash; remembers BCRYPTED_HASH'
            cand ping-docker-host 'Ask the server to ping a Docker daemon. Prints the answering server; remembers SUCCESSFUL'
            cand get-pool-hosts 'List the runtime pool''s Docker hosts with their load and reachability'
            cand create-pool-host 'Add a Docker host to the runtime pool. Prints the host'
            cand drain-pool-host 'Stop placing new runtimes on a pool host (its running ones stay). Prints the host'
            cand get-cluster 'List the nodes of a sharded installation and the slots each holds'
            cand drain-node 'Hand a node''s slots over to the other nodes (it keeps serving by forwarding)'
            cand get-slot-databases 'List the shard databases, the slots whose game state each holds, and the moves under way'
            cand move-slots 'Move slots'' game state to another shard database'
            cand cancel-slot-moves 'Cancel slots'' moves that have not switched to their new database yet'
            cand delete-pool-host 'Remove a pool host that runs no runtime container. Prints whether it was deleted'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'omgctl;admin;help;use-credentials'= {
        }
        &'omgctl;admin;help;print-current'= {
        }
        &'omgctl;admin;help;create-token'= {
        }
        &'omgctl;admin;help;calculate-shard'= {
        }
        &'omgctl;admin;help;generate-id'= {
        }
        &'omgctl;admin;help;bcrypt-hash'= {
        }
        &'omgctl;admin;help;ping-docker-host'= {
        }
        &'omgctl;admin;help;get-pool-hosts'= {
        }
        &'omgctl;admin;help;create-pool-host'= {
        }
        &'omgctl;admin;help;drain-pool-host'= {
        }
        &'omgctl;admin;help;get-cluster'= {
        }
        &'omgctl;admin;help;drain-node'= {
        }
        &'omgctl;admin;help;get-slot-databases'= {
        }
        &'omgctl;admin;help;move-slots'= {
        }
        &'omgctl;admin;help;cancel-slot-moves'= {
        }
        &'omgctl;admin;help;delete-pool-host'= {
        }
        &'omgctl;admin;help;help'= {
        }
        &'omgctl;support'= {
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand use-credentials 'Store support credentials for this environment and create a token with them'
            cand print-current 'Show the support user and where its credentials come from'
            cand create-token 'Create (or renew) the support token with the stored credentials'
            cand create-tenant 'Create a tenant. Prints its id; remembers TENANT'
            cand create-tenant-alias 'Give a tenant an alias'
            cand delete-tenant 'Delete a tenant and everything under it. Prints whether it was deleted; with --dry-run, what would be deleted'
            cand create-project 'Create a project with a default stage. Prints both ids; remembers PROJECT and STAGE'
            cand create-project-alias 'Give a project an alias'
            cand delete-project 'Delete a project and everything under it. Prints whether it was deleted; with --dry-run, what would be deleted'
            cand create-developer 'Create a developer with a generated password'
            cand list-tenants 'List the tenants, with their aliases, oldest first'
            cand list-developers 'List the developers, with how many permissions each holds, oldest first'
            cand delete-developer 'Delete a developer and its permissions. Prints whether it was deleted'
            cand list-permissions 'List the permissions granted in a tenant, at the tenant, its projects and its stages, oldest first'
            cand create-tenant-permission 'Grant tenant permissions to a developer. Prints the newly created ones'
            cand delete-tenant-permission 'Revoke tenant permissions. Prints the deleted ones'
            cand create-project-permission 'Grant project permissions to a developer. Prints the newly created ones'
            cand delete-project-permission 'Revoke project permissions. Prints the deleted ones'
            cand create-stage-permission 'Grant stage permissions to a developer. Prints the newly created ones'
            cand delete-stage-permission 'Revoke stage permissions. Prints the deleted ones'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'omgctl;support;use-credentials'= {
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand --password-stdin 'Read the password from the first line of stdin'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;support;print-current'= {
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;support;create-token'= {
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;support;create-tenant'= {
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;support;create-tenant-alias'= {
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;support;delete-tenant'= {
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -y 'Delete without asking. Without a terminal to ask on (scripts, CI) a delete is refused unless this is given (or OMGCTL_YES=1 is set)'
            cand --yes 'Delete without asking. Without a terminal to ask on (scripts, CI) a delete is refused unless this is given (or OMGCTL_YES=1 is set)'
            cand --ignore-not-found 'Exit 0 when there is nothing to delete (otherwise exit 3, as `kubectl delete` does)'
            cand --dry-run 'Delete nothing: print what the delete would remove with it (projects, stages, versions, deployments, lobbies, matchmakers, runtimes, clients), as the server counts it. Needs the same permission as the delete; asks nothing'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;support;create-project'= {
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;support;create-project-alias'= {
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;support;delete-project'= {
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -y 'Delete without asking. Without a terminal to ask on (scripts, CI) a delete is refused unless this is given (or OMGCTL_YES=1 is set)'
            cand --yes 'Delete without asking. Without a terminal to ask on (scripts, CI) a delete is refused unless this is given (or OMGCTL_YES=1 is set)'
            cand --ignore-not-found 'Exit 0 when there is nothing to delete (otherwise exit 3, as `kubectl delete` does)'
            cand --dry-run 'Delete nothing: print what the delete would remove with it (projects, stages, versions, deployments, lobbies, matchmakers, runtimes, clients), as the server counts it. Needs the same permission as the delete; asks nothing'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;support;create-developer'= {
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;support;list-tenants'= {
            cand --limit 'List at most this many'
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;support;list-developers'= {
            cand --limit 'List at most this many'
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;support;delete-developer'= {
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -y 'Delete without asking. Without a terminal to ask on (scripts, CI) a delete is refused unless this is given (or OMGCTL_YES=1 is set)'
            cand --yes 'Delete without asking. Without a terminal to ask on (scripts, CI) a delete is refused unless this is given (or OMGCTL_YES=1 is set)'
            cand --ignore-not-found 'Exit 0 when there is nothing to delete (otherwise exit 3, as `kubectl delete` does)'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;support;list-permissions'= {
            cand --user 'Only this developer''s permissions (user id)'
            cand --limit 'List at most this many'
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;support;create-tenant-permission'= {
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;support;delete-tenant-permission'= {
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;support;create-project-permission'= {
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;support;delete-project-permission'= {
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;support;create-stage-permission'= {
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;support;delete-stage-permission'= {
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;support;help'= {
            cand use-credentials 'Store support credentials for this environment and create a token with them'
            cand print-current 'Show the support user and where its credentials come from'
            cand create-token 'Create (or renew) the support token with the stored credentials'
            cand create-tenant 'Create a tenant. Prints its id; remembers TENANT'
            cand create-tenant-alias 'Give a tenant an alias'
            cand delete-tenant 'Delete a tenant and everything under it. Prints whether it was deleted; with --dry-run, what would be deleted'
            cand create-project 'Create a project with a default stage. Prints both ids; remembers PROJECT and STAGE'
            cand create-project-alias 'Give a project an alias'
            cand delete-project 'Delete a project and everything under it. Prints whether it was deleted; with --dry-run, what would be deleted'
            cand create-developer 'Create a developer with a generated password'
            cand list-tenants 'List the tenants, with their aliases, oldest first'
            cand list-developers 'List the developers, with how many permissions each holds, oldest first'
            cand delete-developer 'Delete a developer and its permissions. Prints whether it was deleted'
            cand list-permissions 'List the permissions granted in a tenant, at the tenant, its projects and its stages, oldest first'
            cand create-tenant-permission 'Grant tenant permissions to a developer. Prints the newly created ones'
            cand delete-tenant-permission 'Revoke tenant permissions. Prints the deleted ones'
            cand create-project-permission 'Grant project permissions to a developer. Prints the newly created ones'
            cand delete-project-permission 'Revoke project permissions. Prints the deleted ones'
            cand create-stage-permission 'Grant stage permissions to a developer. Prints the newly created ones'
            cand delete-stage-permission 'Revoke stage permissions. Prints the deleted ones'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'omgctl;support;help;use-credentials'= {
        }
        &'omgctl;support;help;print-current'= {
        }
        &'omgctl;support;help;create-token'= {
        }
        &'omgctl;support;help;create-tenant'= {
        }
        &'omgctl;support;help;create-tenant-alias'= {
        }
        &'omgctl;support;help;delete-tenant'= {
        }
        &'omgctl;support;help;create-project'= {
        }
        &'omgctl;support;help;create-project-alias'= {
        }
        &'omgctl;support;help;delete-project'= {
        }
        &'omgctl;support;help;create-developer'= {
        }
        &'omgctl;support;help;list-tenants'= {
        }
        &'omgctl;support;help;list-developers'= {
        }
        &'omgctl;support;help;delete-developer'= {
        }
        &'omgctl;support;help;list-permissions'= {
        }
        &'omgctl;support;help;create-tenant-permission'= {
        }
        &'omgctl;support;help;delete-tenant-permission'= {
        }
        &'omgctl;support;help;create-project-permission'= {
        }
        &'omgctl;support;help;delete-project-permission'= {
        }
        &'omgctl;support;help;create-stage-permission'= {
        }
        &'omgctl;support;help;delete-stage-permission'= {
        }
        &'omgctl;support;help;help'= {
        }
        &'omgctl;developer'= {
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand use-credentials 'Store developer credentials (numeric user id and password) and create a token with them'
            cand print-current 'Show the developer user and where its credentials come from'
            cand create-token 'Create (or renew) the developer token with the stored credentials'
            cand get-tenant-details 'Show a tenant: its permissions and projects'
            cand create-project 'Create a project with a default stage. Prints both ids; remembers PROJECT and STAGE'
            cand create-project-alias 'Give a project an alias'
            cand list-projects 'List a tenant''s projects, oldest first, with their aliases and how many stages and versions each has'
            cand list-stages 'List a project''s stages, oldest first, with their aliases, deployments and the newest deployment (the one new players join)'
            cand list-versions 'List a project''s versions, oldest first: the state of each one''s newest build, its images, and how many deployments run it'
            cand list-deployments 'List a stage''s deployments, oldest first (the last is the newest): version, state, runtimes and clients, and why one FAILED'
            cand list-runtimes 'List a stage''s runtimes — its lobbies and matches — oldest first: status (and why it is not running), the mode a match plays, clients, starts and failures'
            cand get-project-details 'Show a project: its permissions, stages and versions'
            cand delete-project 'Delete a project and everything under it. Prints whether it was deleted; with --dry-run, what would be deleted'
            cand create-stage 'Create a stage. Prints its id; remembers STAGE'
            cand create-stage-alias 'Give a stage an alias'
            cand get-stage-details 'Show a stage: its permissions and deployments'
            cand delete-stage 'Delete a stage and its deployments. Prints whether it was deleted; with --dry-run, what would be deleted'
            cand create-version 'Create a version from a version config JSON file. Prints its id; remembers VERSION'
            cand upload-files-archive 'Pack a directory and upload it as the version''s files archive (the server builds an image)'
            cand get-build-log 'Show a build of an uploaded files archive: its state and log'
            cand get-version-details 'Show a version: its build requests and images'
            cand delete-version 'Delete a version no deployment uses. Prints whether it was deleted'
            cand deploy-version 'Deploy a version (it needs an image) to a stage. Prints the deployment id; remembers DEPLOYMENT'
            cand get-deployment-details 'Show a deployment: its lobbies and matchmakers'
            cand get-deployment-runtimes 'Show a deployment''s runtimes (lobby and matches) and where each stands'
            cand get-stage-status 'Show what runs in a stage now, as `fly status` does: its deployments with their runtimes by status, lobbies and matches (runtime status, mode, players) and the matchmaking queue'
            cand list-clients 'List a stage''s connected clients: player, deployment, state, runtime, last activity'
            cand get-deployment-events 'Show a deployment''s events, oldest first: runtime starts, failures, backoff, waits, and the rollout''s outcome (as `kubectl describe` shows events)'
            cand rollback 'Deploy a stage''s previous version again: the version of the newest deployment older than the one serving the stage, or the version --to-version names (needed once the previous deployment drained away: `omgctl developer get-project-details` lists the versions). Takes --wait and --timeout as deploy-version does'
            cand get-runtime-logs 'Print the recent output of a runtime''s container, as it is, on stdout'
            cand kick-client 'Disconnect a player''s client, as a lobby runtime''s KICK_CLIENT does: its runtime gets DELETE_CLIENT and the player''s next interchange finds no client (it may join again). Asks first; exits 3 when the tenant has no such client'
            cand delete-deployment 'Delete a deployment with its lobbies, matchmakers and runtimes. Prints whether it was deleted; with --dry-run, what would be deleted'
            cand create-lobby-request 'Add one more lobby to a deployment'
            cand delete-lobby 'Delete a lobby. Prints whether it was deleted'
            cand create-matchmaker-request 'Add one more matchmaker to a deployment'
            cand delete-matchmaker 'Delete a matchmaker. Prints whether it was deleted'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'omgctl;developer;use-credentials'= {
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand --password-stdin 'Read the password from the first line of stdin'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;developer;print-current'= {
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;developer;create-token'= {
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;developer;get-tenant-details'= {
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;developer;create-project'= {
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;developer;create-project-alias'= {
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;developer;list-projects'= {
            cand --limit 'List at most this many'
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;developer;list-stages'= {
            cand --limit 'List at most this many'
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;developer;list-versions'= {
            cand --limit 'List at most this many'
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;developer;list-deployments'= {
            cand --limit 'List at most this many'
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;developer;list-runtimes'= {
            cand --deployment 'Only this deployment''s runtimes'
            cand --limit 'List at most this many'
            cand --interval 'How often --watch prints, e.g. 2s, 500ms'
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand --lobbies 'Only lobbies'
            cand --matches 'Only matches'
            cand -w 'Print the list again every --interval until interrupted'
            cand --watch 'Print the list again every --interval until interrupted'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;developer;get-project-details'= {
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;developer;delete-project'= {
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -y 'Delete without asking. Without a terminal to ask on (scripts, CI) a delete is refused unless this is given (or OMGCTL_YES=1 is set)'
            cand --yes 'Delete without asking. Without a terminal to ask on (scripts, CI) a delete is refused unless this is given (or OMGCTL_YES=1 is set)'
            cand --ignore-not-found 'Exit 0 when there is nothing to delete (otherwise exit 3, as `kubectl delete` does)'
            cand --dry-run 'Delete nothing: print what the delete would remove with it (projects, stages, versions, deployments, lobbies, matchmakers, runtimes, clients), as the server counts it. Needs the same permission as the delete; asks nothing'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;developer;create-stage'= {
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;developer;create-stage-alias'= {
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;developer;get-stage-details'= {
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;developer;delete-stage'= {
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -y 'Delete without asking. Without a terminal to ask on (scripts, CI) a delete is refused unless this is given (or OMGCTL_YES=1 is set)'
            cand --yes 'Delete without asking. Without a terminal to ask on (scripts, CI) a delete is refused unless this is given (or OMGCTL_YES=1 is set)'
            cand --ignore-not-found 'Exit 0 when there is nothing to delete (otherwise exit 3, as `kubectl delete` does)'
            cand --dry-run 'Delete nothing: print what the delete would remove with it (projects, stages, versions, deployments, lobbies, matchmakers, runtimes, clients), as the server counts it. Needs the same permission as the delete; asks nothing'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;developer;create-version'= {
            cand --timeout 'How long --wait waits, e.g. 90s, 5m'
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand --wait 'After creating the version, wait until it has an image'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;developer;upload-files-archive'= {
            cand --format 'Archive format'
            cand --timeout 'How long --wait follows the build, e.g. 90s, 5m'
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand --wait 'Follow the build until it succeeds or fails'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;developer;get-build-log'= {
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;developer;get-version-details'= {
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;developer;delete-version'= {
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -y 'Delete without asking. Without a terminal to ask on (scripts, CI) a delete is refused unless this is given (or OMGCTL_YES=1 is set)'
            cand --yes 'Delete without asking. Without a terminal to ask on (scripts, CI) a delete is refused unless this is given (or OMGCTL_YES=1 is set)'
            cand --ignore-not-found 'Exit 0 when there is nothing to delete (otherwise exit 3, as `kubectl delete` does)'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;developer;deploy-version'= {
            cand --timeout 'How long --wait waits in all, e.g. 90s, 5m'
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand --wait 'Wait for the version''s image, deploy, then wait until the deployment is READY'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;developer;get-deployment-details'= {
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;developer;get-deployment-runtimes'= {
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;developer;get-stage-status'= {
            cand --interval 'How often --watch prints, e.g. 2s, 500ms'
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -w 'Print the status again every --interval until interrupted'
            cand --watch 'Print the status again every --interval until interrupted'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;developer;list-clients'= {
            cand --user 'Only this player''s clients (user id)'
            cand --limit 'List at most this many'
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;developer;get-deployment-events'= {
            cand -n 'How many of the newest events to show (the server''s default: 50; at most 200)'
            cand --limit 'How many of the newest events to show (the server''s default: 50; at most 200)'
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;developer;rollback'= {
            cand --to-version 'The version to go back to'
            cand --timeout 'How long --wait waits, e.g. 90s, 5m'
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand --wait 'Follow the new deployment until it is READY, as deploy-version --wait'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;developer;get-runtime-logs'= {
            cand -n 'How many of the last lines to print (the server''s default: 200; at most 10000)'
            cand --tail 'How many of the last lines to print (the server''s default: 200; at most 10000)'
            cand --since 'Only what was written since: a duration ago (10m, 1h30m) or an ISO-8601 instant'
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -t 'Start each line with the instant it was written'
            cand --timestamps 'Start each line with the instant it was written'
            cand -f 'Keep printing new output (looks every second) until interrupted'
            cand --follow 'Keep printing new output (looks every second) until interrupted'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;developer;kick-client'= {
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -y 'Delete without asking. Without a terminal to ask on (scripts, CI) a delete is refused unless this is given (or OMGCTL_YES=1 is set)'
            cand --yes 'Delete without asking. Without a terminal to ask on (scripts, CI) a delete is refused unless this is given (or OMGCTL_YES=1 is set)'
            cand --ignore-not-found 'Exit 0 when there is nothing to delete (otherwise exit 3, as `kubectl delete` does)'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;developer;delete-deployment'= {
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -y 'Delete without asking. Without a terminal to ask on (scripts, CI) a delete is refused unless this is given (or OMGCTL_YES=1 is set)'
            cand --yes 'Delete without asking. Without a terminal to ask on (scripts, CI) a delete is refused unless this is given (or OMGCTL_YES=1 is set)'
            cand --ignore-not-found 'Exit 0 when there is nothing to delete (otherwise exit 3, as `kubectl delete` does)'
            cand --dry-run 'Delete nothing: print what the delete would remove with it (projects, stages, versions, deployments, lobbies, matchmakers, runtimes, clients), as the server counts it. Needs the same permission as the delete; asks nothing'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;developer;create-lobby-request'= {
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;developer;delete-lobby'= {
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -y 'Delete without asking. Without a terminal to ask on (scripts, CI) a delete is refused unless this is given (or OMGCTL_YES=1 is set)'
            cand --yes 'Delete without asking. Without a terminal to ask on (scripts, CI) a delete is refused unless this is given (or OMGCTL_YES=1 is set)'
            cand --ignore-not-found 'Exit 0 when there is nothing to delete (otherwise exit 3, as `kubectl delete` does)'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;developer;create-matchmaker-request'= {
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;developer;delete-matchmaker'= {
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -y 'Delete without asking. Without a terminal to ask on (scripts, CI) a delete is refused unless this is given (or OMGCTL_YES=1 is set)'
            cand --yes 'Delete without asking. Without a terminal to ask on (scripts, CI) a delete is refused unless this is given (or OMGCTL_YES=1 is set)'
            cand --ignore-not-found 'Exit 0 when there is nothing to delete (otherwise exit 3, as `kubectl delete` does)'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;developer;help'= {
            cand use-credentials 'Store developer credentials (numeric user id and password) and create a token with them'
            cand print-current 'Show the developer user and where its credentials come from'
            cand create-token 'Create (or renew) the developer token with the stored credentials'
            cand get-tenant-details 'Show a tenant: its permissions and projects'
            cand create-project 'Create a project with a default stage. Prints both ids; remembers PROJECT and STAGE'
            cand create-project-alias 'Give a project an alias'
            cand list-projects 'List a tenant''s projects, oldest first, with their aliases and how many stages and versions each has'
            cand list-stages 'List a project''s stages, oldest first, with their aliases, deployments and the newest deployment (the one new players join)'
            cand list-versions 'List a project''s versions, oldest first: the state of each one''s newest build, its images, and how many deployments run it'
            cand list-deployments 'List a stage''s deployments, oldest first (the last is the newest): version, state, runtimes and clients, and why one FAILED'
            cand list-runtimes 'List a stage''s runtimes — its lobbies and matches — oldest first: status (and why it is not running), the mode a match plays, clients, starts and failures'
            cand get-project-details 'Show a project: its permissions, stages and versions'
            cand delete-project 'Delete a project and everything under it. Prints whether it was deleted; with --dry-run, what would be deleted'
            cand create-stage 'Create a stage. Prints its id; remembers STAGE'
            cand create-stage-alias 'Give a stage an alias'
            cand get-stage-details 'Show a stage: its permissions and deployments'
            cand delete-stage 'Delete a stage and its deployments. Prints whether it was deleted; with --dry-run, what would be deleted'
            cand create-version 'Create a version from a version config JSON file. Prints its id; remembers VERSION'
            cand upload-files-archive 'Pack a directory and upload it as the version''s files archive (the server builds an image)'
            cand get-build-log 'Show a build of an uploaded files archive: its state and log'
            cand get-version-details 'Show a version: its build requests and images'
            cand delete-version 'Delete a version no deployment uses. Prints whether it was deleted'
            cand deploy-version 'Deploy a version (it needs an image) to a stage. Prints the deployment id; remembers DEPLOYMENT'
            cand get-deployment-details 'Show a deployment: its lobbies and matchmakers'
            cand get-deployment-runtimes 'Show a deployment''s runtimes (lobby and matches) and where each stands'
            cand get-stage-status 'Show what runs in a stage now, as `fly status` does: its deployments with their runtimes by status, lobbies and matches (runtime status, mode, players) and the matchmaking queue'
            cand list-clients 'List a stage''s connected clients: player, deployment, state, runtime, last activity'
            cand get-deployment-events 'Show a deployment''s events, oldest first: runtime starts, failures, backoff, waits, and the rollout''s outcome (as `kubectl describe` shows events)'
            cand rollback 'Deploy a stage''s previous version again: the version of the newest deployment older than the one serving the stage, or the version --to-version names (needed once the previous deployment drained away: `omgctl developer get-project-details` lists the versions). Takes --wait and --timeout as deploy-version does'
            cand get-runtime-logs 'Print the recent output of a runtime''s container, as it is, on stdout'
            cand kick-client 'Disconnect a player''s client, as a lobby runtime''s KICK_CLIENT does: its runtime gets DELETE_CLIENT and the player''s next interchange finds no client (it may join again). Asks first; exits 3 when the tenant has no such client'
            cand delete-deployment 'Delete a deployment with its lobbies, matchmakers and runtimes. Prints whether it was deleted; with --dry-run, what would be deleted'
            cand create-lobby-request 'Add one more lobby to a deployment'
            cand delete-lobby 'Delete a lobby. Prints whether it was deleted'
            cand create-matchmaker-request 'Add one more matchmaker to a deployment'
            cand delete-matchmaker 'Delete a matchmaker. Prints whether it was deleted'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'omgctl;developer;help;use-credentials'= {
        }
        &'omgctl;developer;help;print-current'= {
        }
        &'omgctl;developer;help;create-token'= {
        }
        &'omgctl;developer;help;get-tenant-details'= {
        }
        &'omgctl;developer;help;create-project'= {
        }
        &'omgctl;developer;help;create-project-alias'= {
        }
        &'omgctl;developer;help;list-projects'= {
        }
        &'omgctl;developer;help;list-stages'= {
        }
        &'omgctl;developer;help;list-versions'= {
        }
        &'omgctl;developer;help;list-deployments'= {
        }
        &'omgctl;developer;help;list-runtimes'= {
        }
        &'omgctl;developer;help;get-project-details'= {
        }
        &'omgctl;developer;help;delete-project'= {
        }
        &'omgctl;developer;help;create-stage'= {
        }
        &'omgctl;developer;help;create-stage-alias'= {
        }
        &'omgctl;developer;help;get-stage-details'= {
        }
        &'omgctl;developer;help;delete-stage'= {
        }
        &'omgctl;developer;help;create-version'= {
        }
        &'omgctl;developer;help;upload-files-archive'= {
        }
        &'omgctl;developer;help;get-build-log'= {
        }
        &'omgctl;developer;help;get-version-details'= {
        }
        &'omgctl;developer;help;delete-version'= {
        }
        &'omgctl;developer;help;deploy-version'= {
        }
        &'omgctl;developer;help;get-deployment-details'= {
        }
        &'omgctl;developer;help;get-deployment-runtimes'= {
        }
        &'omgctl;developer;help;get-stage-status'= {
        }
        &'omgctl;developer;help;list-clients'= {
        }
        &'omgctl;developer;help;get-deployment-events'= {
        }
        &'omgctl;developer;help;rollback'= {
        }
        &'omgctl;developer;help;get-runtime-logs'= {
        }
        &'omgctl;developer;help;kick-client'= {
        }
        &'omgctl;developer;help;delete-deployment'= {
        }
        &'omgctl;developer;help;create-lobby-request'= {
        }
        &'omgctl;developer;help;delete-lobby'= {
        }
        &'omgctl;developer;help;create-matchmaker-request'= {
        }
        &'omgctl;developer;help;delete-matchmaker'= {
        }
        &'omgctl;developer;help;help'= {
        }
        &'omgctl;request-log'= {
            cand -n 'How many of the most recent lines to print'
            cand --lines 'How many of the most recent lines to print'
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand --clear 'Empty the log instead of printing it'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;completions'= {
            cand -e 'Environment (profile) to use instead of the current one'
            cand --env 'Environment (profile) to use instead of the current one'
            cand -o 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --output 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')'
            cand --color 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)'
            cand --request-timeout 'How long one request may take before omgctl gives up (e.g. 30s, 2m)'
            cand -v 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --verbose 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
            cand --no-headers 'Print tables without their header row'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omgctl;help'= {
            cand environment 'Select and inspect environments (server URL and remembered values)'
            cand admin 'Admin commands: tokens, ids, hashes, shards, Docker hosts'
            cand support 'Support commands: tenants, projects, developers, permissions'
            cand developer 'Developer commands: projects, stages, versions, deployments, lobbies, matchmakers'
            cand request-log 'Show omgctl''s recent request log (method, path, status, duration; never secrets). `logs`, upstream''s name, still works; a runtime''s output is `omgctl developer get-runtime-logs`'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'omgctl;help;environment'= {
            cand reset 'Forget every environment, remembered value and stored credential'
            cand print-current 'Print the current environment, its URL, remembered values and where credentials come from'
            cand print-variable 'Print one remembered value (e.g. TENANT, VERSION, DEVELOPER_PASSWORD) without a newline'
            cand use-environment 'Create or update an environment and make it the current one'
            cand list 'List the environments: name, server URL, and which one is current'
            cand delete 'Delete an environment with its remembered values and stored credentials'
            cand rename 'Rename an environment; its remembered values and stored credentials go with it'
            cand use-public 'Use the public environment `public` (https://api.omgservers.com)'
            cand use-local 'Use the local environment `local` with the dev-mode credentials admin/admin, support/support'
        }
        &'omgctl;help;environment;reset'= {
        }
        &'omgctl;help;environment;print-current'= {
        }
        &'omgctl;help;environment;print-variable'= {
        }
        &'omgctl;help;environment;use-environment'= {
        }
        &'omgctl;help;environment;list'= {
        }
        &'omgctl;help;environment;delete'= {
        }
        &'omgctl;help;environment;rename'= {
        }
        &'omgctl;help;environment;use-public'= {
        }
        &'omgctl;help;environment;use-local'= {
        }
        &'omgctl;help;admin'= {
            cand use-credentials 'Store admin credentials for this environment and create a token with them'
            cand print-current 'Show the admin user and where its credentials come from'
            cand create-token 'Create (or renew) the admin token with the stored credentials'
            cand calculate-shard 'Shard index and owning server of a shard key. Remembers SHARD_INDEX and SERVER_URI'
            cand generate-id 'Generate a snowflake id. Prints it; remembers GENERATED_ID'
            cand bcrypt-hash 'bcrypt-hash a value. Prints the hash; remembers BCRYPTED_HASH'
            cand ping-docker-host 'Ask the server to ping a Docker daemon. Prints the answering server; remembers SUCCESSFUL'
            cand get-pool-hosts 'List the runtime pool''s Docker hosts with their load and reachability'
            cand create-pool-host 'Add a Docker host to the runtime pool. Prints the host'
            cand drain-pool-host 'Stop placing new runtimes on a pool host (its running ones stay). Prints the host'
            cand get-cluster 'List the nodes of a sharded installation and the slots each holds'
            cand drain-node 'Hand a node''s slots over to the other nodes (it keeps serving by forwarding)'
            cand get-slot-databases 'List the shard databases, the slots whose game state each holds, and the moves under way'
            cand move-slots 'Move slots'' game state to another shard database'
            cand cancel-slot-moves 'Cancel slots'' moves that have not switched to their new database yet'
            cand delete-pool-host 'Remove a pool host that runs no runtime container. Prints whether it was deleted'
        }
        &'omgctl;help;admin;use-credentials'= {
        }
        &'omgctl;help;admin;print-current'= {
        }
        &'omgctl;help;admin;create-token'= {
        }
        &'omgctl;help;admin;calculate-shard'= {
        }
        &'omgctl;help;admin;generate-id'= {
        }
        &'omgctl;help;admin;bcrypt-hash'= {
        }
        &'omgctl;help;admin;ping-docker-host'= {
        }
        &'omgctl;help;admin;get-pool-hosts'= {
        }
        &'omgctl;help;admin;create-pool-host'= {
        }
        &'omgctl;help;admin;drain-pool-host'= {
        }
        &'omgctl;help;admin;get-cluster'= {
        }
        &'omgctl;help;admin;drain-node'= {
        }
        &'omgctl;help;admin;get-slot-databases'= {
        }
        &'omgctl;help;admin;move-slots'= {
        }
        &'omgctl;help;admin;cancel-slot-moves'= {
        }
        &'omgctl;help;admin;delete-pool-host'= {
        }
        &'omgctl;help;support'= {
            cand use-credentials 'Store support credentials for this environment and create a token with them'
            cand print-current 'Show the support user and where its credentials come from'
            cand create-token 'Create (or renew) the support token with the stored credentials'
            cand create-tenant 'Create a tenant. Prints its id; remembers TENANT'
            cand create-tenant-alias 'Give a tenant an alias'
            cand delete-tenant 'Delete a tenant and everything under it. Prints whether it was deleted; with --dry-run, what would be deleted'
            cand create-project 'Create a project with a default stage. Prints both ids; remembers PROJECT and STAGE'
            cand create-project-alias 'Give a project an alias'
            cand delete-project 'Delete a project and everything under it. Prints whether it was deleted; with --dry-run, what would be deleted'
            cand create-developer 'Create a developer with a generated password'
            cand list-tenants 'List the tenants, with their aliases, oldest first'
            cand list-developers 'List the developers, with how many permissions each holds, oldest first'
            cand delete-developer 'Delete a developer and its permissions. Prints whether it was deleted'
            cand list-permissions 'List the permissions granted in a tenant, at the tenant, its projects and its stages, oldest first'
            cand create-tenant-permission 'Grant tenant permissions to a developer. Prints the newly created ones'
            cand delete-tenant-permission 'Revoke tenant permissions. Prints the deleted ones'
            cand create-project-permission 'Grant project permissions to a developer. Prints the newly created ones'
            cand delete-project-permission 'Revoke project permissions. Prints the deleted ones'
            cand create-stage-permission 'Grant stage permissions to a developer. Prints the newly created ones'
            cand delete-stage-permission 'Revoke stage permissions. Prints the deleted ones'
        }
        &'omgctl;help;support;use-credentials'= {
        }
        &'omgctl;help;support;print-current'= {
        }
        &'omgctl;help;support;create-token'= {
        }
        &'omgctl;help;support;create-tenant'= {
        }
        &'omgctl;help;support;create-tenant-alias'= {
        }
        &'omgctl;help;support;delete-tenant'= {
        }
        &'omgctl;help;support;create-project'= {
        }
        &'omgctl;help;support;create-project-alias'= {
        }
        &'omgctl;help;support;delete-project'= {
        }
        &'omgctl;help;support;create-developer'= {
        }
        &'omgctl;help;support;list-tenants'= {
        }
        &'omgctl;help;support;list-developers'= {
        }
        &'omgctl;help;support;delete-developer'= {
        }
        &'omgctl;help;support;list-permissions'= {
        }
        &'omgctl;help;support;create-tenant-permission'= {
        }
        &'omgctl;help;support;delete-tenant-permission'= {
        }
        &'omgctl;help;support;create-project-permission'= {
        }
        &'omgctl;help;support;delete-project-permission'= {
        }
        &'omgctl;help;support;create-stage-permission'= {
        }
        &'omgctl;help;support;delete-stage-permission'= {
        }
        &'omgctl;help;developer'= {
            cand use-credentials 'Store developer credentials (numeric user id and password) and create a token with them'
            cand print-current 'Show the developer user and where its credentials come from'
            cand create-token 'Create (or renew) the developer token with the stored credentials'
            cand get-tenant-details 'Show a tenant: its permissions and projects'
            cand create-project 'Create a project with a default stage. Prints both ids; remembers PROJECT and STAGE'
            cand create-project-alias 'Give a project an alias'
            cand list-projects 'List a tenant''s projects, oldest first, with their aliases and how many stages and versions each has'
            cand list-stages 'List a project''s stages, oldest first, with their aliases, deployments and the newest deployment (the one new players join)'
            cand list-versions 'List a project''s versions, oldest first: the state of each one''s newest build, its images, and how many deployments run it'
            cand list-deployments 'List a stage''s deployments, oldest first (the last is the newest): version, state, runtimes and clients, and why one FAILED'
            cand list-runtimes 'List a stage''s runtimes — its lobbies and matches — oldest first: status (and why it is not running), the mode a match plays, clients, starts and failures'
            cand get-project-details 'Show a project: its permissions, stages and versions'
            cand delete-project 'Delete a project and everything under it. Prints whether it was deleted; with --dry-run, what would be deleted'
            cand create-stage 'Create a stage. Prints its id; remembers STAGE'
            cand create-stage-alias 'Give a stage an alias'
            cand get-stage-details 'Show a stage: its permissions and deployments'
            cand delete-stage 'Delete a stage and its deployments. Prints whether it was deleted; with --dry-run, what would be deleted'
            cand create-version 'Create a version from a version config JSON file. Prints its id; remembers VERSION'
            cand upload-files-archive 'Pack a directory and upload it as the version''s files archive (the server builds an image)'
            cand get-build-log 'Show a build of an uploaded files archive: its state and log'
            cand get-version-details 'Show a version: its build requests and images'
            cand delete-version 'Delete a version no deployment uses. Prints whether it was deleted'
            cand deploy-version 'Deploy a version (it needs an image) to a stage. Prints the deployment id; remembers DEPLOYMENT'
            cand get-deployment-details 'Show a deployment: its lobbies and matchmakers'
            cand get-deployment-runtimes 'Show a deployment''s runtimes (lobby and matches) and where each stands'
            cand get-stage-status 'Show what runs in a stage now, as `fly status` does: its deployments with their runtimes by status, lobbies and matches (runtime status, mode, players) and the matchmaking queue'
            cand list-clients 'List a stage''s connected clients: player, deployment, state, runtime, last activity'
            cand get-deployment-events 'Show a deployment''s events, oldest first: runtime starts, failures, backoff, waits, and the rollout''s outcome (as `kubectl describe` shows events)'
            cand rollback 'Deploy a stage''s previous version again: the version of the newest deployment older than the one serving the stage, or the version --to-version names (needed once the previous deployment drained away: `omgctl developer get-project-details` lists the versions). Takes --wait and --timeout as deploy-version does'
            cand get-runtime-logs 'Print the recent output of a runtime''s container, as it is, on stdout'
            cand kick-client 'Disconnect a player''s client, as a lobby runtime''s KICK_CLIENT does: its runtime gets DELETE_CLIENT and the player''s next interchange finds no client (it may join again). Asks first; exits 3 when the tenant has no such client'
            cand delete-deployment 'Delete a deployment with its lobbies, matchmakers and runtimes. Prints whether it was deleted; with --dry-run, what would be deleted'
            cand create-lobby-request 'Add one more lobby to a deployment'
            cand delete-lobby 'Delete a lobby. Prints whether it was deleted'
            cand create-matchmaker-request 'Add one more matchmaker to a deployment'
            cand delete-matchmaker 'Delete a matchmaker. Prints whether it was deleted'
        }
        &'omgctl;help;developer;use-credentials'= {
        }
        &'omgctl;help;developer;print-current'= {
        }
        &'omgctl;help;developer;create-token'= {
        }
        &'omgctl;help;developer;get-tenant-details'= {
        }
        &'omgctl;help;developer;create-project'= {
        }
        &'omgctl;help;developer;create-project-alias'= {
        }
        &'omgctl;help;developer;list-projects'= {
        }
        &'omgctl;help;developer;list-stages'= {
        }
        &'omgctl;help;developer;list-versions'= {
        }
        &'omgctl;help;developer;list-deployments'= {
        }
        &'omgctl;help;developer;list-runtimes'= {
        }
        &'omgctl;help;developer;get-project-details'= {
        }
        &'omgctl;help;developer;delete-project'= {
        }
        &'omgctl;help;developer;create-stage'= {
        }
        &'omgctl;help;developer;create-stage-alias'= {
        }
        &'omgctl;help;developer;get-stage-details'= {
        }
        &'omgctl;help;developer;delete-stage'= {
        }
        &'omgctl;help;developer;create-version'= {
        }
        &'omgctl;help;developer;upload-files-archive'= {
        }
        &'omgctl;help;developer;get-build-log'= {
        }
        &'omgctl;help;developer;get-version-details'= {
        }
        &'omgctl;help;developer;delete-version'= {
        }
        &'omgctl;help;developer;deploy-version'= {
        }
        &'omgctl;help;developer;get-deployment-details'= {
        }
        &'omgctl;help;developer;get-deployment-runtimes'= {
        }
        &'omgctl;help;developer;get-stage-status'= {
        }
        &'omgctl;help;developer;list-clients'= {
        }
        &'omgctl;help;developer;get-deployment-events'= {
        }
        &'omgctl;help;developer;rollback'= {
        }
        &'omgctl;help;developer;get-runtime-logs'= {
        }
        &'omgctl;help;developer;kick-client'= {
        }
        &'omgctl;help;developer;delete-deployment'= {
        }
        &'omgctl;help;developer;create-lobby-request'= {
        }
        &'omgctl;help;developer;delete-lobby'= {
        }
        &'omgctl;help;developer;create-matchmaker-request'= {
        }
        &'omgctl;help;developer;delete-matchmaker'= {
        }
        &'omgctl;help;request-log'= {
        }
        &'omgctl;help;completions'= {
        }
        &'omgctl;help;help'= {
        }
    ]
    $completions[$command]
}
