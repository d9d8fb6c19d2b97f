using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'omgctl' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'omgctl'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'omgctl' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('environment', 'environment', [CompletionResultType]::ParameterValue, 'Select and inspect environments (server URL and remembered values)')
            [CompletionResult]::new('env', 'env', [CompletionResultType]::ParameterValue, 'Select and inspect environments (server URL and remembered values)')
            [CompletionResult]::new('admin', 'admin', [CompletionResultType]::ParameterValue, 'Admin commands: tokens, ids, hashes, shards, Docker hosts')
            [CompletionResult]::new('support', 'support', [CompletionResultType]::ParameterValue, 'Support commands: tenants, projects, developers, permissions')
            [CompletionResult]::new('developer', 'developer', [CompletionResultType]::ParameterValue, 'Developer commands: projects, stages, versions, deployments, lobbies, matchmakers')
            [CompletionResult]::new('request-log', 'request-log', [CompletionResultType]::ParameterValue, 'Show omgctl''s recent request log (method, path, status, duration; never secrets). `logs`, upstream''s name, still works; a runtime''s output is `omgctl developer get-runtime-logs`')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'omgctl;environment' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Forget every environment, remembered value and stored credential')
            [CompletionResult]::new('print-current', 'print-current', [CompletionResultType]::ParameterValue, 'Print the current environment, its URL, remembered values and where credentials come from')
            [CompletionResult]::new('print-variable', 'print-variable', [CompletionResultType]::ParameterValue, 'Print one remembered value (e.g. TENANT, VERSION, DEVELOPER_PASSWORD) without a newline')
            [CompletionResult]::new('use-environment', 'use-environment', [CompletionResultType]::ParameterValue, 'Create or update an environment and make it the current one')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the environments: name, server URL, and which one is current')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an environment with its remembered values and stored credentials')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename an environment; its remembered values and stored credentials go with it')
            [CompletionResult]::new('use-public', 'use-public', [CompletionResultType]::ParameterValue, 'Use the public environment `public` (https://api.omgservers.com)')
            [CompletionResult]::new('use-local', 'use-local', [CompletionResultType]::ParameterValue, 'Use the local environment `local` with the dev-mode credentials admin/admin, support/support')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'omgctl;env' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Forget every environment, remembered value and stored credential')
            [CompletionResult]::new('print-current', 'print-current', [CompletionResultType]::ParameterValue, 'Print the current environment, its URL, remembered values and where credentials come from')
            [CompletionResult]::new('print-variable', 'print-variable', [CompletionResultType]::ParameterValue, 'Print one remembered value (e.g. TENANT, VERSION, DEVELOPER_PASSWORD) without a newline')
            [CompletionResult]::new('use-environment', 'use-environment', [CompletionResultType]::ParameterValue, 'Create or update an environment and make it the current one')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the environments: name, server URL, and which one is current')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an environment with its remembered values and stored credentials')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename an environment; its remembered values and stored credentials go with it')
            [CompletionResult]::new('use-public', 'use-public', [CompletionResultType]::ParameterValue, 'Use the public environment `public` (https://api.omgservers.com)')
            [CompletionResult]::new('use-local', 'use-local', [CompletionResultType]::ParameterValue, 'Use the local environment `local` with the dev-mode credentials admin/admin, support/support')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'omgctl;environment;reset' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Reset without asking (required without a terminal; or OMGCTL_YES=1)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Reset without asking (required without a terminal; or OMGCTL_YES=1)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;env;reset' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Reset without asking (required without a terminal; or OMGCTL_YES=1)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Reset without asking (required without a terminal; or OMGCTL_YES=1)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;environment;print-current' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;env;print-current' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;environment;print-variable' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;env;print-variable' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;environment;use-environment' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;env;use-environment' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;environment;list' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;env;list' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;environment;delete' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Delete without asking (required without a terminal; or OMGCTL_YES=1)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Delete without asking (required without a terminal; or OMGCTL_YES=1)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;env;delete' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Delete without asking (required without a terminal; or OMGCTL_YES=1)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Delete without asking (required without a terminal; or OMGCTL_YES=1)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;environment;rename' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;env;rename' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;environment;use-public' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;env;use-public' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;environment;use-local' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Server URL')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;env;use-local' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Server URL')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;environment;help' {
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Forget every environment, remembered value and stored credential')
            [CompletionResult]::new('print-current', 'print-current', [CompletionResultType]::ParameterValue, 'Print the current environment, its URL, remembered values and where credentials come from')
            [CompletionResult]::new('print-variable', 'print-variable', [CompletionResultType]::ParameterValue, 'Print one remembered value (e.g. TENANT, VERSION, DEVELOPER_PASSWORD) without a newline')
            [CompletionResult]::new('use-environment', 'use-environment', [CompletionResultType]::ParameterValue, 'Create or update an environment and make it the current one')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the environments: name, server URL, and which one is current')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an environment with its remembered values and stored credentials')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename an environment; its remembered values and stored credentials go with it')
            [CompletionResult]::new('use-public', 'use-public', [CompletionResultType]::ParameterValue, 'Use the public environment `public` (https://api.omgservers.com)')
            [CompletionResult]::new('use-local', 'use-local', [CompletionResultType]::ParameterValue, 'Use the local environment `local` with the dev-mode credentials admin/admin, support/support')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'omgctl;environment;help;reset' {
            break
        }
        'omgctl;environment;help;print-current' {
            break
        }
        'omgctl;environment;help;print-variable' {
            break
        }
        'omgctl;environment;help;use-environment' {
            break
        }
        'omgctl;environment;help;list' {
            break
        }
        'omgctl;environment;help;delete' {
            break
        }
        'omgctl;environment;help;rename' {
            break
        }
        'omgctl;environment;help;use-public' {
            break
        }
        'omgctl;environment;help;use-local' {
            break
        }
        'omgctl;environment;help;help' {
            break
        }
        'omgctl;env;help' {
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Forget every environment, remembered value and stored credential')
            [CompletionResult]::new('print-current', 'print-current', [CompletionResultType]::ParameterValue, 'Print the current environment, its URL, remembered values and where credentials come from')
            [CompletionResult]::new('print-variable', 'print-variable', [CompletionResultType]::ParameterValue, 'Print one remembered value (e.g. TENANT, VERSION, DEVELOPER_PASSWORD) without a newline')
            [CompletionResult]::new('use-environment', 'use-environment', [CompletionResultType]::ParameterValue, 'Create or update an environment and make it the current one')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the environments: name, server URL, and which one is current')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an environment with its remembered values and stored credentials')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename an environment; its remembered values and stored credentials go with it')
            [CompletionResult]::new('use-public', 'use-public', [CompletionResultType]::ParameterValue, 'Use the public environment `public` (https://api.omgservers.com)')
            [CompletionResult]::new('use-local', 'use-local', [CompletionResultType]::ParameterValue, 'Use the local environment `local` with the dev-mode credentials admin/admin, support/support')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'omgctl;env;help;reset' {
            break
        }
        'omgctl;env;help;print-current' {
            break
        }
        'omgctl;env;help;print-variable' {
            break
        }
        'omgctl;env;help;use-environment' {
            break
        }
        'omgctl;env;help;list' {
            break
        }
        'omgctl;env;help;delete' {
            break
        }
        'omgctl;env;help;rename' {
            break
        }
        'omgctl;env;help;use-public' {
            break
        }
        'omgctl;env;help;use-local' {
            break
        }
        'omgctl;env;help;help' {
            break
        }
        'omgctl;admin' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('use-credentials', 'use-credentials', [CompletionResultType]::ParameterValue, 'Store admin credentials for this environment and create a token with them')
            [CompletionResult]::new('print-current', 'print-current', [CompletionResultType]::ParameterValue, 'Show the admin user and where its credentials come from')
            [CompletionResult]::new('create-token', 'create-token', [CompletionResultType]::ParameterValue, 'Create (or renew) the admin token with the stored credentials')
            [CompletionResult]::new('calculate-shard', 'calculate-shard', [CompletionResultType]::ParameterValue, 'Shard index and owning server of a shard key. Remembers SHARD_INDEX and SERVER_URI')
            [CompletionResult]::new('generate-id', 'generate-id', [CompletionResultType]::ParameterValue, 'Generate a snowflake id. Prints it; remembers GENERATED_ID')
            [CompletionResult]::new('bcrypt-hash', 'bcrypt-hash', [CompletionResultType]::ParameterValue, 'bcrypt-hash a value. Prints the hash; remembers BCRYPTED_HASH')
            [CompletionResult]::new('ping-docker-host', 'ping-docker-host', [CompletionResultType]::ParameterValue, 'Ask the server to ping a Docker daemon. Prints the answering server; remembers SUCCESSFUL')
            [CompletionResult]::new('get-pool-hosts', 'get-pool-hosts', [CompletionResultType]::ParameterValue, 'List the runtime pool''s Docker hosts with their load and reachability')
            [CompletionResult]::new('create-pool-host', 'create-pool-host', [CompletionResultType]::ParameterValue, 'Add a Docker host to the runtime pool. Prints the host')
            [CompletionResult]::new('drain-pool-host', 'drain-pool-host', [CompletionResultType]::ParameterValue, 'Stop placing new runtimes on a pool host (its running ones stay). Prints the host')
            [CompletionResult]::new('get-cluster', 'get-cluster', [CompletionResultType]::ParameterValue, 'List the nodes of a sharded installation and the slots each holds')
            [CompletionResult]::new('drain-node', 'drain-node', [CompletionResultType]::ParameterValue, 'Hand a node''s slots over to the other nodes (it keeps serving by forwarding)')
            [CompletionResult]::new('get-slot-databases', 'get-slot-databases', [CompletionResultType]::ParameterValue, 'List the shard databases, the slots whose game state each holds, and the moves under way')
            [CompletionResult]::new('move-slots', 'move-slots', [CompletionResultType]::ParameterValue, 'Move slots'' game state to another shard database')
            [CompletionResult]::new('cancel-slot-moves', 'cancel-slot-moves', [CompletionResultType]::ParameterValue, 'Cancel slots'' moves that have not switched to their new database yet')
            [CompletionResult]::new('delete-pool-host', 'delete-pool-host', [CompletionResultType]::ParameterValue, 'Remove a pool host that runs no runtime container. Prints whether it was deleted')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'omgctl;admin;use-credentials' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of stdin')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;admin;print-current' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;admin;create-token' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;admin;calculate-shard' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;admin;generate-id' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;admin;bcrypt-hash' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;admin;ping-docker-host' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;admin;get-pool-hosts' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;admin;create-pool-host' {
            [CompletionResult]::new('--cpus', '--cpus', [CompletionResultType]::ParameterName, 'CPUs the host offers to runtimes')
            [CompletionResult]::new('--memory-mb', '--memory-mb', [CompletionResultType]::ParameterName, 'Memory the host offers to runtimes, in megabytes')
            [CompletionResult]::new('--max-containers', '--max-containers', [CompletionResultType]::ParameterName, 'Most runtime containers the host runs at once')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;admin;drain-pool-host' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('--undo', '--undo', [CompletionResultType]::ParameterName, 'Put a drained host back into service')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;admin;get-cluster' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;admin;drain-node' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('--undo', '--undo', [CompletionResultType]::ParameterName, 'Take a drained node back into service')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;admin;get-slot-databases' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;admin;move-slots' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The shard database index to move them to (`<i>` of OMGSERVERS_DATABASE_SHARDS_<i>_URL)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the moves, e.g. 90s, 5m (by default longer than the servers'' OMGSERVERS_SLOT_MOVES_TIMEOUT, 5 min, so that a slot''s move given up is told; the slots of a request move one after another, each timed from its own lock)')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Return once the moves are recorded')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;admin;cancel-slot-moves' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;admin;delete-pool-host' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Delete without asking. Without a terminal to ask on (scripts, CI) a delete is refused unless this is given (or OMGCTL_YES=1 is set)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Delete without asking. Without a terminal to ask on (scripts, CI) a delete is refused unless this is given (or OMGCTL_YES=1 is set)')
            [CompletionResult]::new('--ignore-not-found', '--ignore-not-found', [CompletionResultType]::ParameterName, 'Exit 0 when there is nothing to delete (otherwise exit 3, as `kubectl delete` does)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;admin;help' {
            [CompletionResult]::new('use-credentials', 'use-credentials', [CompletionResultType]::ParameterValue, 'Store admin credentials for this environment and create a token with them')
            [CompletionResult]::new('print-current', 'print-current', [CompletionResultType]::ParameterValue, 'Show the admin user and where its credentials come from')
            [CompletionResult]::new('create-token', 'create-token', [CompletionResultType]::ParameterValue, 'Create (or renew) the admin token with the stored credentials')
            [CompletionResult]::new('calculate-shard', 'calculate-shard', [CompletionResultType]::ParameterValue, 'Shard index and owning server of a shard key. Remembers SHARD_INDEX and SERVER_URI')
            [CompletionResult]::new('generate-id', 'generate-id', [CompletionResultType]::ParameterValue, 'Generate a snowflake id. Prints it; remembers GENERATED_ID')
            [CompletionResult]::new('bcrypt-hash', 'bcrypt-hash', [CompletionResultType]::ParameterValue, 'bcrypt-hash a value. Prints the hash; remembers BCRYPTED_HASH')
            [CompletionResult]::new('ping-docker-host', 'ping-docker-host', [CompletionResultType]::ParameterValue, 'Ask the server to ping a Docker daemon. Prints the answering server; remembers SUCCESSFUL')
            [CompletionResult]::new('get-pool-hosts', 'get-pool-hosts', [CompletionResultType]::ParameterValue, 'List the runtime pool''s Docker hosts with their load and reachability')
            [CompletionResult]::new('create-pool-host', 'create-pool-host', [CompletionResultType]::ParameterValue, 'Add a Docker host to the runtime pool. Prints the host')
            [CompletionResult]::new('drain-pool-host', 'drain-pool-host', [CompletionResultType]::ParameterValue, 'Stop placing new runtimes on a pool host (its running ones stay). Prints the host')
            [CompletionResult]::new('get-cluster', 'get-cluster', [CompletionResultType]::ParameterValue, 'List the nodes of a sharded installation and the slots each holds')
            [CompletionResult]::new('drain-node', 'drain-node', [CompletionResultType]::ParameterValue, 'Hand a node''s slots over to the other nodes (it keeps serving by forwarding)')
            [CompletionResult]::new('get-slot-databases', 'get-slot-databases', [CompletionResultType]::ParameterValue, 'List the shard databases, the slots whose game state each holds, and the moves under way')
            [CompletionResult]::new('move-slots', 'move-slots', [CompletionResultType]::ParameterValue, 'Move slots'' game state to another shard database')
            [CompletionResult]::new('cancel-slot-moves', 'cancel-slot-moves', [CompletionResultType]::ParameterValue, 'Cancel slots'' moves that have not switched to their new database yet')
            [CompletionResult]::new('delete-pool-host', 'delete-pool-host', [CompletionResultType]::ParameterValue, 'Remove a pool host that runs no runtime container. Prints whether it was deleted')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'omgctl;admin;help;use-credentials' {
            break
        }
        'omgctl;admin;help;print-current' {
            break
        }
        'omgctl;admin;help;create-token' {
            break
        }
        'omgctl;admin;help;calculate-shard' {
            break
        }
        'omgctl;admin;help;generate-id' {
            break
        }
        'omgctl;admin;help;bcrypt-hash' {
            break
        }
        'omgctl;admin;help;ping-docker-host' {
            break
        }
        'omgctl;admin;help;get-pool-hosts' {
            break
        }
        'omgctl;admin;help;create-pool-host' {
            break
        }
        'omgctl;admin;help;drain-pool-host' {
            break
        }
        'omgctl;admin;help;get-cluster' {
            break
        }
        'omgctl;admin;help;drain-node' {
            break
        }
        'omgctl;admin;help;get-slot-databases' {
            break
        }
        'omgctl;admin;help;move-slots' {
            break
        }
        'omgctl;admin;help;cancel-slot-moves' {
            break
        }
        'omgctl;admin;help;delete-pool-host' {
            break
        }
        'omgctl;admin;help;help' {
            break
        }
        'omgctl;support' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('use-credentials', 'use-credentials', [CompletionResultType]::ParameterValue, 'Store support credentials for this environment and create a token with them')
            [CompletionResult]::new('print-current', 'print-current', [CompletionResultType]::ParameterValue, 'Show the support user and where its credentials come from')
            [CompletionResult]::new('create-token', 'create-token', [CompletionResultType]::ParameterValue, 'Create (or renew) the support token with the stored credentials')
            [CompletionResult]::new('create-tenant', 'create-tenant', [CompletionResultType]::ParameterValue, 'Create a tenant. Prints its id; remembers TENANT')
            [CompletionResult]::new('create-tenant-alias', 'create-tenant-alias', [CompletionResultType]::ParameterValue, 'Give a tenant an alias')
            [CompletionResult]::new('delete-tenant', 'delete-tenant', [CompletionResultType]::ParameterValue, 'Delete a tenant and everything under it. Prints whether it was deleted; with --dry-run, what would be deleted')
            [CompletionResult]::new('create-project', 'create-project', [CompletionResultType]::ParameterValue, 'Create a project with a default stage. Prints both ids; remembers PROJECT and STAGE')
            [CompletionResult]::new('create-project-alias', 'create-project-alias', [CompletionResultType]::ParameterValue, 'Give a project an alias')
            [CompletionResult]::new('delete-project', 'delete-project', [CompletionResultType]::ParameterValue, 'Delete a project and everything under it. Prints whether it was deleted; with --dry-run, what would be deleted')
            [CompletionResult]::new('create-developer', 'create-developer', [CompletionResultType]::ParameterValue, 'Create a developer with a generated password')
            [CompletionResult]::new('list-tenants', 'list-tenants', [CompletionResultType]::ParameterValue, 'List the tenants, with their aliases, oldest first')
            [CompletionResult]::new('list-developers', 'list-developers', [CompletionResultType]::ParameterValue, 'List the developers, with how many permissions each holds, oldest first')
            [CompletionResult]::new('delete-developer', 'delete-developer', [CompletionResultType]::ParameterValue, 'Delete a developer and its permissions. Prints whether it was deleted')
            [CompletionResult]::new('list-permissions', 'list-permissions', [CompletionResultType]::ParameterValue, 'List the permissions granted in a tenant, at the tenant, its projects and its stages, oldest first')
            [CompletionResult]::new('create-tenant-permission', 'create-tenant-permission', [CompletionResultType]::ParameterValue, 'Grant tenant permissions to a developer. Prints the newly created ones')
            [CompletionResult]::new('delete-tenant-permission', 'delete-tenant-permission', [CompletionResultType]::ParameterValue, 'Revoke tenant permissions. Prints the deleted ones')
            [CompletionResult]::new('create-project-permission', 'create-project-permission', [CompletionResultType]::ParameterValue, 'Grant project permissions to a developer. Prints the newly created ones')
            [CompletionResult]::new('delete-project-permission', 'delete-project-permission', [CompletionResultType]::ParameterValue, 'Revoke project permissions. Prints the deleted ones')
            [CompletionResult]::new('create-stage-permission', 'create-stage-permission', [CompletionResultType]::ParameterValue, 'Grant stage permissions to a developer. Prints the newly created ones')
            [CompletionResult]::new('delete-stage-permission', 'delete-stage-permission', [CompletionResultType]::ParameterValue, 'Revoke stage permissions. Prints the deleted ones')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'omgctl;support;use-credentials' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of stdin')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;support;print-current' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;support;create-token' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;support;create-tenant' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;support;create-tenant-alias' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;support;delete-tenant' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Delete without asking. Without a terminal to ask on (scripts, CI) a delete is refused unless this is given (or OMGCTL_YES=1 is set)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Delete without asking. Without a terminal to ask on (scripts, CI) a delete is refused unless this is given (or OMGCTL_YES=1 is set)')
            [CompletionResult]::new('--ignore-not-found', '--ignore-not-found', [CompletionResultType]::ParameterName, 'Exit 0 when there is nothing to delete (otherwise exit 3, as `kubectl delete` does)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Delete nothing: print what the delete would remove with it (projects, stages, versions, deployments, lobbies, matchmakers, runtimes, clients), as the server counts it. Needs the same permission as the delete; asks nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;support;create-project' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;support;create-project-alias' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;support;delete-project' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Delete without asking. Without a terminal to ask on (scripts, CI) a delete is refused unless this is given (or OMGCTL_YES=1 is set)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Delete without asking. Without a terminal to ask on (scripts, CI) a delete is refused unless this is given (or OMGCTL_YES=1 is set)')
            [CompletionResult]::new('--ignore-not-found', '--ignore-not-found', [CompletionResultType]::ParameterName, 'Exit 0 when there is nothing to delete (otherwise exit 3, as `kubectl delete` does)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Delete nothing: print what the delete would remove with it (projects, stages, versions, deployments, lobbies, matchmakers, runtimes, clients), as the server counts it. Needs the same permission as the delete; asks nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;support;create-developer' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;support;list-tenants' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'List at most this many')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;support;list-developers' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'List at most this many')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;support;delete-developer' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Delete without asking. Without a terminal to ask on (scripts, CI) a delete is refused unless this is given (or OMGCTL_YES=1 is set)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Delete without asking. Without a terminal to ask on (scripts, CI) a delete is refused unless this is given (or OMGCTL_YES=1 is set)')
            [CompletionResult]::new('--ignore-not-found', '--ignore-not-found', [CompletionResultType]::ParameterName, 'Exit 0 when there is nothing to delete (otherwise exit 3, as `kubectl delete` does)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;support;list-permissions' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Only this developer''s permissions (user id)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'List at most this many')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;support;create-tenant-permission' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;support;delete-tenant-permission' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;support;create-project-permission' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;support;delete-project-permission' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;support;create-stage-permission' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;support;delete-stage-permission' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;support;help' {
            [CompletionResult]::new('use-credentials', 'use-credentials', [CompletionResultType]::ParameterValue, 'Store support credentials for this environment and create a token with them')
            [CompletionResult]::new('print-current', 'print-current', [CompletionResultType]::ParameterValue, 'Show the support user and where its credentials come from')
            [CompletionResult]::new('create-token', 'create-token', [CompletionResultType]::ParameterValue, 'Create (or renew) the support token with the stored credentials')
            [CompletionResult]::new('create-tenant', 'create-tenant', [CompletionResultType]::ParameterValue, 'Create a tenant. Prints its id; remembers TENANT')
            [CompletionResult]::new('create-tenant-alias', 'create-tenant-alias', [CompletionResultType]::ParameterValue, 'Give a tenant an alias')
            [CompletionResult]::new('delete-tenant', 'delete-tenant', [CompletionResultType]::ParameterValue, 'Delete a tenant and everything under it. Prints whether it was deleted; with --dry-run, what would be deleted')
            [CompletionResult]::new('create-project', 'create-project', [CompletionResultType]::ParameterValue, 'Create a project with a default stage. Prints both ids; remembers PROJECT and STAGE')
            [CompletionResult]::new('create-project-alias', 'create-project-alias', [CompletionResultType]::ParameterValue, 'Give a project an alias')
            [CompletionResult]::new('delete-project', 'delete-project', [CompletionResultType]::ParameterValue, 'Delete a project and everything under it. Prints whether it was deleted; with --dry-run, what would be deleted')
            [CompletionResult]::new('create-developer', 'create-developer', [CompletionResultType]::ParameterValue, 'Create a developer with a generated password')
            [CompletionResult]::new('list-tenants', 'list-tenants', [CompletionResultType]::ParameterValue, 'List the tenants, with their aliases, oldest first')
            [CompletionResult]::new('list-developers', 'list-developers', [CompletionResultType]::ParameterValue, 'List the developers, with how many permissions each holds, oldest first')
            [CompletionResult]::new('delete-developer', 'delete-developer', [CompletionResultType]::ParameterValue, 'Delete a developer and its permissions. Prints whether it was deleted')
            [CompletionResult]::new('list-permissions', 'list-permissions', [CompletionResultType]::ParameterValue, 'List the permissions granted in a tenant, at the tenant, its projects and its stages, oldest first')
            [CompletionResult]::new('create-tenant-permission', 'create-tenant-permission', [CompletionResultType]::ParameterValue, 'Grant tenant permissions to a developer. Prints the newly created ones')
            [CompletionResult]::new('delete-tenant-permission', 'delete-tenant-permission', [CompletionResultType]::ParameterValue, 'Revoke tenant permissions. Prints the deleted ones')
            [CompletionResult]::new('create-project-permission', 'create-project-permission', [CompletionResultType]::ParameterValue, 'Grant project permissions to a developer. Prints the newly created ones')
            [CompletionResult]::new('delete-project-permission', 'delete-project-permission', [CompletionResultType]::ParameterValue, 'Revoke project permissions. Prints the deleted ones')
            [CompletionResult]::new('create-stage-permission', 'create-stage-permission', [CompletionResultType]::ParameterValue, 'Grant stage permissions to a developer. Prints the newly created ones')
            [CompletionResult]::new('delete-stage-permission', 'delete-stage-permission', [CompletionResultType]::ParameterValue, 'Revoke stage permissions. Prints the deleted ones')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'omgctl;support;help;use-credentials' {
            break
        }
        'omgctl;support;help;print-current' {
            break
        }
        'omgctl;support;help;create-token' {
            break
        }
        'omgctl;support;help;create-tenant' {
            break
        }
        'omgctl;support;help;create-tenant-alias' {
            break
        }
        'omgctl;support;help;delete-tenant' {
            break
        }
        'omgctl;support;help;create-project' {
            break
        }
        'omgctl;support;help;create-project-alias' {
            break
        }
        'omgctl;support;help;delete-project' {
            break
        }
        'omgctl;support;help;create-developer' {
            break
        }
        'omgctl;support;help;list-tenants' {
            break
        }
        'omgctl;support;help;list-developers' {
            break
        }
        'omgctl;support;help;delete-developer' {
            break
        }
        'omgctl;support;help;list-permissions' {
            break
        }
        'omgctl;support;help;create-tenant-permission' {
            break
        }
        'omgctl;support;help;delete-tenant-permission' {
            break
        }
        'omgctl;support;help;create-project-permission' {
            break
        }
        'omgctl;support;help;delete-project-permission' {
            break
        }
        'omgctl;support;help;create-stage-permission' {
            break
        }
        'omgctl;support;help;delete-stage-permission' {
            break
        }
        'omgctl;support;help;help' {
            break
        }
        'omgctl;developer' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('use-credentials', 'use-credentials', [CompletionResultType]::ParameterValue, 'Store developer credentials (numeric user id and password) and create a token with them')
            [CompletionResult]::new('print-current', 'print-current', [CompletionResultType]::ParameterValue, 'Show the developer user and where its credentials come from')
            [CompletionResult]::new('create-token', 'create-token', [CompletionResultType]::ParameterValue, 'Create (or renew) the developer token with the stored credentials')
            [CompletionResult]::new('get-tenant-details', 'get-tenant-details', [CompletionResultType]::ParameterValue, 'Show a tenant: its permissions and projects')
            [CompletionResult]::new('create-project', 'create-project', [CompletionResultType]::ParameterValue, 'Create a project with a default stage. Prints both ids; remembers PROJECT and STAGE')
            [CompletionResult]::new('create-project-alias', 'create-project-alias', [CompletionResultType]::ParameterValue, 'Give a project an alias')
            [CompletionResult]::new('list-projects', 'list-projects', [CompletionResultType]::ParameterValue, 'List a tenant''s projects, oldest first, with their aliases and how many stages and versions each has')
            [CompletionResult]::new('list-stages', 'list-stages', [CompletionResultType]::ParameterValue, 'List a project''s stages, oldest first, with their aliases, deployments and the newest deployment (the one new players join)')
            [CompletionResult]::new('list-versions', 'list-versions', [CompletionResultType]::ParameterValue, 'List a project''s versions, oldest first: the state of each one''s newest build, its images, and how many deployments run it')
            [CompletionResult]::new('list-deployments', 'list-deployments', [CompletionResultType]::ParameterValue, 'List a stage''s deployments, oldest first (the last is the newest): version, state, runtimes and clients, and why one FAILED')
            [CompletionResult]::new('list-runtimes', 'list-runtimes', [CompletionResultType]::ParameterValue, 'List a stage''s runtimes — its lobbies and matches — oldest first: status (and why it is not running), the mode a match plays, clients, starts and failures')
            [CompletionResult]::new('get-project-details', 'get-project-details', [CompletionResultType]::ParameterValue, 'Show a project: its permissions, stages and versions')
            [CompletionResult]::new('delete-project', 'delete-project', [CompletionResultType]::ParameterValue, 'Delete a project and everything under it. Prints whether it was deleted; with --dry-run, what would be deleted')
            [CompletionResult]::new('create-stage', 'create-stage', [CompletionResultType]::ParameterValue, 'Create a stage. Prints its id; remembers STAGE')
            [CompletionResult]::new('create-stage-alias', 'create-stage-alias', [CompletionResultType]::ParameterValue, 'Give a stage an alias')
            [CompletionResult]::new('get-stage-details', 'get-stage-details', [CompletionResultType]::ParameterValue, 'Show a stage: its permissions and deployments')
            [CompletionResult]::new('delete-stage', 'delete-stage', [CompletionResultType]::ParameterValue, 'Delete a stage and its deployments. Prints whether it was deleted; with --dry-run, what would be deleted')
            [CompletionResult]::new('create-version', 'create-version', [CompletionResultType]::ParameterValue, 'Create a version from a version config JSON file. Prints its id; remembers VERSION')
            [CompletionResult]::new('upload-files-archive', 'upload-files-archive', [CompletionResultType]::ParameterValue, 'Pack a directory and upload it as the version''s files archive (the server builds an image)')
            [CompletionResult]::new('get-build-log', 'get-build-log', [CompletionResultType]::ParameterValue, 'Show a build of an uploaded files archive: its state and log')
            [CompletionResult]::new('get-version-details', 'get-version-details', [CompletionResultType]::ParameterValue, 'Show a version: its build requests and images')
            [CompletionResult]::new('delete-version', 'delete-version', [CompletionResultType]::ParameterValue, 'Delete a version no deployment uses. Prints whether it was deleted')
            [CompletionResult]::new('deploy-version', 'deploy-version', [CompletionResultType]::ParameterValue, 'Deploy a version (it needs an image) to a stage. Prints the deployment id; remembers DEPLOYMENT')
            [CompletionResult]::new('get-deployment-details', 'get-deployment-details', [CompletionResultType]::ParameterValue, 'Show a deployment: its lobbies and matchmakers')
            [CompletionResult]::new('get-deployment-runtimes', 'get-deployment-runtimes', [CompletionResultType]::ParameterValue, 'Show a deployment''s runtimes (lobby and matches) and where each stands')
            [CompletionResult]::new('get-stage-status', 'get-stage-status', [CompletionResultType]::ParameterValue, 'Show what runs in a stage now, as `fly status` does: its deployments with their runtimes by status, lobbies and matches (runtime status, mode, players) and the matchmaking queue')
            [CompletionResult]::new('list-clients', 'list-clients', [CompletionResultType]::ParameterValue, 'List a stage''s connected clients: player, deployment, state, runtime, last activity')
            [CompletionResult]::new('get-deployment-events', 'get-deployment-events', [CompletionResultType]::ParameterValue, 'Show a deployment''s events, oldest first: runtime starts, failures, backoff, waits, and the rollout''s outcome (as `kubectl describe` shows events)')
            [CompletionResult]::new('rollback', 'rollback', [CompletionResultType]::ParameterValue, 'Deploy a stage''s previous version again: the version of the newest deployment older than the one serving the stage, or the version --to-version names (needed once the previous deployment drained away: `omgctl developer get-project-details` lists the versions). Takes --wait and --timeout as deploy-version does')
            [CompletionResult]::new('get-runtime-logs', 'get-runtime-logs', [CompletionResultType]::ParameterValue, 'Print the recent output of a runtime''s container, as it is, on stdout')
            [CompletionResult]::new('kick-client', 'kick-client', [CompletionResultType]::ParameterValue, 'Disconnect a player''s client, as a lobby runtime''s KICK_CLIENT does: its runtime gets DELETE_CLIENT and the player''s next interchange finds no client (it may join again). Asks first; exits 3 when the tenant has no such client')
            [CompletionResult]::new('delete-deployment', 'delete-deployment', [CompletionResultType]::ParameterValue, 'Delete a deployment with its lobbies, matchmakers and runtimes. Prints whether it was deleted; with --dry-run, what would be deleted')
            [CompletionResult]::new('create-lobby-request', 'create-lobby-request', [CompletionResultType]::ParameterValue, 'Add one more lobby to a deployment')
            [CompletionResult]::new('delete-lobby', 'delete-lobby', [CompletionResultType]::ParameterValue, 'Delete a lobby. Prints whether it was deleted')
            [CompletionResult]::new('create-matchmaker-request', 'create-matchmaker-request', [CompletionResultType]::ParameterValue, 'Add one more matchmaker to a deployment')
            [CompletionResult]::new('delete-matchmaker', 'delete-matchmaker', [CompletionResultType]::ParameterValue, 'Delete a matchmaker. Prints whether it was deleted')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'omgctl;developer;use-credentials' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of stdin')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;developer;print-current' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;developer;create-token' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;developer;get-tenant-details' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;developer;create-project' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;developer;create-project-alias' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;developer;list-projects' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'List at most this many')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;developer;list-stages' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'List at most this many')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;developer;list-versions' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'List at most this many')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;developer;list-deployments' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'List at most this many')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;developer;list-runtimes' {
            [CompletionResult]::new('--deployment', '--deployment', [CompletionResultType]::ParameterName, 'Only this deployment''s runtimes')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'List at most this many')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'How often --watch prints, e.g. 2s, 500ms')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('--lobbies', '--lobbies', [CompletionResultType]::ParameterName, 'Only lobbies')
            [CompletionResult]::new('--matches', '--matches', [CompletionResultType]::ParameterName, 'Only matches')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Print the list again every --interval until interrupted')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'Print the list again every --interval until interrupted')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;developer;get-project-details' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;developer;delete-project' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Delete without asking. Without a terminal to ask on (scripts, CI) a delete is refused unless this is given (or OMGCTL_YES=1 is set)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Delete without asking. Without a terminal to ask on (scripts, CI) a delete is refused unless this is given (or OMGCTL_YES=1 is set)')
            [CompletionResult]::new('--ignore-not-found', '--ignore-not-found', [CompletionResultType]::ParameterName, 'Exit 0 when there is nothing to delete (otherwise exit 3, as `kubectl delete` does)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Delete nothing: print what the delete would remove with it (projects, stages, versions, deployments, lobbies, matchmakers, runtimes, clients), as the server counts it. Needs the same permission as the delete; asks nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;developer;create-stage' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;developer;create-stage-alias' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;developer;get-stage-details' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;developer;delete-stage' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Delete without asking. Without a terminal to ask on (scripts, CI) a delete is refused unless this is given (or OMGCTL_YES=1 is set)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Delete without asking. Without a terminal to ask on (scripts, CI) a delete is refused unless this is given (or OMGCTL_YES=1 is set)')
            [CompletionResult]::new('--ignore-not-found', '--ignore-not-found', [CompletionResultType]::ParameterName, 'Exit 0 when there is nothing to delete (otherwise exit 3, as `kubectl delete` does)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Delete nothing: print what the delete would remove with it (projects, stages, versions, deployments, lobbies, matchmakers, runtimes, clients), as the server counts it. Needs the same permission as the delete; asks nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;developer;create-version' {
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long --wait waits, e.g. 90s, 5m')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'After creating the version, wait until it has an image')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;developer;upload-files-archive' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Archive format')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long --wait follows the build, e.g. 90s, 5m')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Follow the build until it succeeds or fails')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;developer;get-build-log' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;developer;get-version-details' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;developer;delete-version' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Delete without asking. Without a terminal to ask on (scripts, CI) a delete is refused unless this is given (or OMGCTL_YES=1 is set)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Delete without asking. Without a terminal to ask on (scripts, CI) a delete is refused unless this is given (or OMGCTL_YES=1 is set)')
            [CompletionResult]::new('--ignore-not-found', '--ignore-not-found', [CompletionResultType]::ParameterName, 'Exit 0 when there is nothing to delete (otherwise exit 3, as `kubectl delete` does)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;developer;deploy-version' {
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long --wait waits in all, e.g. 90s, 5m')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait for the version''s image, deploy, then wait until the deployment is READY')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;developer;get-deployment-details' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;developer;get-deployment-runtimes' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;developer;get-stage-status' {
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'How often --watch prints, e.g. 2s, 500ms')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Print the status again every --interval until interrupted')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'Print the status again every --interval until interrupted')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;developer;list-clients' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Only this player''s clients (user id)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'List at most this many')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;developer;get-deployment-events' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'How many of the newest events to show (the server''s default: 50; at most 200)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'How many of the newest events to show (the server''s default: 50; at most 200)')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;developer;rollback' {
            [CompletionResult]::new('--to-version', '--to-version', [CompletionResultType]::ParameterName, 'The version to go back to')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long --wait waits, e.g. 90s, 5m')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Follow the new deployment until it is READY, as deploy-version --wait')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;developer;get-runtime-logs' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'How many of the last lines to print (the server''s default: 200; at most 10000)')
            [CompletionResult]::new('--tail', '--tail', [CompletionResultType]::ParameterName, 'How many of the last lines to print (the server''s default: 200; at most 10000)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only what was written since: a duration ago (10m, 1h30m) or an ISO-8601 instant')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Start each line with the instant it was written')
            [CompletionResult]::new('--timestamps', '--timestamps', [CompletionResultType]::ParameterName, 'Start each line with the instant it was written')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Keep printing new output (looks every second) until interrupted')
            [CompletionResult]::new('--follow', '--follow', [CompletionResultType]::ParameterName, 'Keep printing new output (looks every second) until interrupted')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;developer;kick-client' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Delete without asking. Without a terminal to ask on (scripts, CI) a delete is refused unless this is given (or OMGCTL_YES=1 is set)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Delete without asking. Without a terminal to ask on (scripts, CI) a delete is refused unless this is given (or OMGCTL_YES=1 is set)')
            [CompletionResult]::new('--ignore-not-found', '--ignore-not-found', [CompletionResultType]::ParameterName, 'Exit 0 when there is nothing to delete (otherwise exit 3, as `kubectl delete` does)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;developer;delete-deployment' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Delete without asking. Without a terminal to ask on (scripts, CI) a delete is refused unless this is given (or OMGCTL_YES=1 is set)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Delete without asking. Without a terminal to ask on (scripts, CI) a delete is refused unless this is given (or OMGCTL_YES=1 is set)')
            [CompletionResult]::new('--ignore-not-found', '--ignore-not-found', [CompletionResultType]::ParameterName, 'Exit 0 when there is nothing to delete (otherwise exit 3, as `kubectl delete` does)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Delete nothing: print what the delete would remove with it (projects, stages, versions, deployments, lobbies, matchmakers, runtimes, clients), as the server counts it. Needs the same permission as the delete; asks nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;developer;create-lobby-request' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;developer;delete-lobby' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Delete without asking. Without a terminal to ask on (scripts, CI) a delete is refused unless this is given (or OMGCTL_YES=1 is set)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Delete without asking. Without a terminal to ask on (scripts, CI) a delete is refused unless this is given (or OMGCTL_YES=1 is set)')
            [CompletionResult]::new('--ignore-not-found', '--ignore-not-found', [CompletionResultType]::ParameterName, 'Exit 0 when there is nothing to delete (otherwise exit 3, as `kubectl delete` does)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;developer;create-matchmaker-request' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;developer;delete-matchmaker' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Delete without asking. Without a terminal to ask on (scripts, CI) a delete is refused unless this is given (or OMGCTL_YES=1 is set)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Delete without asking. Without a terminal to ask on (scripts, CI) a delete is refused unless this is given (or OMGCTL_YES=1 is set)')
            [CompletionResult]::new('--ignore-not-found', '--ignore-not-found', [CompletionResultType]::ParameterName, 'Exit 0 when there is nothing to delete (otherwise exit 3, as `kubectl delete` does)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;developer;help' {
            [CompletionResult]::new('use-credentials', 'use-credentials', [CompletionResultType]::ParameterValue, 'Store developer credentials (numeric user id and password) and create a token with them')
            [CompletionResult]::new('print-current', 'print-current', [CompletionResultType]::ParameterValue, 'Show the developer user and where its credentials come from')
            [CompletionResult]::new('create-token', 'create-token', [CompletionResultType]::ParameterValue, 'Create (or renew) the developer token with the stored credentials')
            [CompletionResult]::new('get-tenant-details', 'get-tenant-details', [CompletionResultType]::ParameterValue, 'Show a tenant: its permissions and projects')
            [CompletionResult]::new('create-project', 'create-project', [CompletionResultType]::ParameterValue, 'Create a project with a default stage. Prints both ids; remembers PROJECT and STAGE')
            [CompletionResult]::new('create-project-alias', 'create-project-alias', [CompletionResultType]::ParameterValue, 'Give a project an alias')
            [CompletionResult]::new('list-projects', 'list-projects', [CompletionResultType]::ParameterValue, 'List a tenant''s projects, oldest first, with their aliases and how many stages and versions each has')
            [CompletionResult]::new('list-stages', 'list-stages', [CompletionResultType]::ParameterValue, 'List a project''s stages, oldest first, with their aliases, deployments and the newest deployment (the one new players join)')
            [CompletionResult]::new('list-versions', 'list-versions', [CompletionResultType]::ParameterValue, 'List a project''s versions, oldest first: the state of each one''s newest build, its images, and how many deployments run it')
            [CompletionResult]::new('list-deployments', 'list-deployments', [CompletionResultType]::ParameterValue, 'List a stage''s deployments, oldest first (the last is the newest): version, state, runtimes and clients, and why one FAILED')
            [CompletionResult]::new('list-runtimes', 'list-runtimes', [CompletionResultType]::ParameterValue, 'List a stage''s runtimes — its lobbies and matches — oldest first: status (and why it is not running), the mode a match plays, clients, starts and failures')
            [CompletionResult]::new('get-project-details', 'get-project-details', [CompletionResultType]::ParameterValue, 'Show a project: its permissions, stages and versions')
            [CompletionResult]::new('delete-project', 'delete-project', [CompletionResultType]::ParameterValue, 'Delete a project and everything under it. Prints whether it was deleted; with --dry-run, what would be deleted')
            [CompletionResult]::new('create-stage', 'create-stage', [CompletionResultType]::ParameterValue, 'Create a stage. Prints its id; remembers STAGE')
            [CompletionResult]::new('create-stage-alias', 'create-stage-alias', [CompletionResultType]::ParameterValue, 'Give a stage an alias')
            [CompletionResult]::new('get-stage-details', 'get-stage-details', [CompletionResultType]::ParameterValue, 'Show a stage: its permissions and deployments')
            [CompletionResult]::new('delete-stage', 'delete-stage', [CompletionResultType]::ParameterValue, 'Delete a stage and its deployments. Prints whether it was deleted; with --dry-run, what would be deleted')
            [CompletionResult]::new('create-version', 'create-version', [CompletionResultType]::ParameterValue, 'Create a version from a version config JSON file. Prints its id; remembers VERSION')
            [CompletionResult]::new('upload-files-archive', 'upload-files-archive', [CompletionResultType]::ParameterValue, 'Pack a directory and upload it as the version''s files archive (the server builds an image)')
            [CompletionResult]::new('get-build-log', 'get-build-log', [CompletionResultType]::ParameterValue, 'Show a build of an uploaded files archive: its state and log')
            [CompletionResult]::new('get-version-details', 'get-version-details', [CompletionResultType]::ParameterValue, 'Show a version: its build requests and images')
            [CompletionResult]::new('delete-version', 'delete-version', [CompletionResultType]::ParameterValue, 'Delete a version no deployment uses. Prints whether it was deleted')
            [CompletionResult]::new('deploy-version', 'deploy-version', [CompletionResultType]::ParameterValue, 'Deploy a version (it needs an image) to a stage. Prints the deployment id; remembers DEPLOYMENT')
            [CompletionResult]::new('get-deployment-details', 'get-deployment-details', [CompletionResultType]::ParameterValue, 'Show a deployment: its lobbies and matchmakers')
            [CompletionResult]::new('get-deployment-runtimes', 'get-deployment-runtimes', [CompletionResultType]::ParameterValue, 'Show a deployment''s runtimes (lobby and matches) and where each stands')
            [CompletionResult]::new('get-stage-status', 'get-stage-status', [CompletionResultType]::ParameterValue, 'Show what runs in a stage now, as `fly status` does: its deployments with their runtimes by status, lobbies and matches (runtime status, mode, players) and the matchmaking queue')
            [CompletionResult]::new('list-clients', 'list-clients', [CompletionResultType]::ParameterValue, 'List a stage''s connected clients: player, deployment, state, runtime, last activity')
            [CompletionResult]::new('get-deployment-events', 'get-deployment-events', [CompletionResultType]::ParameterValue, 'Show a deployment''s events, oldest first: runtime starts, failures, backoff, waits, and the rollout''s outcome (as `kubectl describe` shows events)')
            [CompletionResult]::new('rollback', 'rollback', [CompletionResultType]::ParameterValue, 'Deploy a stage''s previous version again: the version of the newest deployment older than the one serving the stage, or the version --to-version names (needed once the previous deployment drained away: `omgctl developer get-project-details` lists the versions). Takes --wait and --timeout as deploy-version does')
            [CompletionResult]::new('get-runtime-logs', 'get-runtime-logs', [CompletionResultType]::ParameterValue, 'Print the recent output of a runtime''s container, as it is, on stdout')
            [CompletionResult]::new('kick-client', 'kick-client', [CompletionResultType]::ParameterValue, 'Disconnect a player''s client, as a lobby runtime''s KICK_CLIENT does: its runtime gets DELETE_CLIENT and the player''s next interchange finds no client (it may join again). Asks first; exits 3 when the tenant has no such client')
            [CompletionResult]::new('delete-deployment', 'delete-deployment', [CompletionResultType]::ParameterValue, 'Delete a deployment with its lobbies, matchmakers and runtimes. Prints whether it was deleted; with --dry-run, what would be deleted')
            [CompletionResult]::new('create-lobby-request', 'create-lobby-request', [CompletionResultType]::ParameterValue, 'Add one more lobby to a deployment')
            [CompletionResult]::new('delete-lobby', 'delete-lobby', [CompletionResultType]::ParameterValue, 'Delete a lobby. Prints whether it was deleted')
            [CompletionResult]::new('create-matchmaker-request', 'create-matchmaker-request', [CompletionResultType]::ParameterValue, 'Add one more matchmaker to a deployment')
            [CompletionResult]::new('delete-matchmaker', 'delete-matchmaker', [CompletionResultType]::ParameterValue, 'Delete a matchmaker. Prints whether it was deleted')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'omgctl;developer;help;use-credentials' {
            break
        }
        'omgctl;developer;help;print-current' {
            break
        }
        'omgctl;developer;help;create-token' {
            break
        }
        'omgctl;developer;help;get-tenant-details' {
            break
        }
        'omgctl;developer;help;create-project' {
            break
        }
        'omgctl;developer;help;create-project-alias' {
            break
        }
        'omgctl;developer;help;list-projects' {
            break
        }
        'omgctl;developer;help;list-stages' {
            break
        }
        'omgctl;developer;help;list-versions' {
            break
        }
        'omgctl;developer;help;list-deployments' {
            break
        }
        'omgctl;developer;help;list-runtimes' {
            break
        }
        'omgctl;developer;help;get-project-details' {
            break
        }
        'omgctl;developer;help;delete-project' {
            break
        }
        'omgctl;developer;help;create-stage' {
            break
        }
        'omgctl;developer;help;create-stage-alias' {
            break
        }
        'omgctl;developer;help;get-stage-details' {
            break
        }
        'omgctl;developer;help;delete-stage' {
            break
        }
        'omgctl;developer;help;create-version' {
            break
        }
        'omgctl;developer;help;upload-files-archive' {
            break
        }
        'omgctl;developer;help;get-build-log' {
            break
        }
        'omgctl;developer;help;get-version-details' {
            break
        }
        'omgctl;developer;help;delete-version' {
            break
        }
        'omgctl;developer;help;deploy-version' {
            break
        }
        'omgctl;developer;help;get-deployment-details' {
            break
        }
        'omgctl;developer;help;get-deployment-runtimes' {
            break
        }
        'omgctl;developer;help;get-stage-status' {
            break
        }
        'omgctl;developer;help;list-clients' {
            break
        }
        'omgctl;developer;help;get-deployment-events' {
            break
        }
        'omgctl;developer;help;rollback' {
            break
        }
        'omgctl;developer;help;get-runtime-logs' {
            break
        }
        'omgctl;developer;help;kick-client' {
            break
        }
        'omgctl;developer;help;delete-deployment' {
            break
        }
        'omgctl;developer;help;create-lobby-request' {
            break
        }
        'omgctl;developer;help;delete-lobby' {
            break
        }
        'omgctl;developer;help;create-matchmaker-request' {
            break
        }
        'omgctl;developer;help;delete-matchmaker' {
            break
        }
        'omgctl;developer;help;help' {
            break
        }
        'omgctl;request-log' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'How many of the most recent lines to print')
            [CompletionResult]::new('--lines', '--lines', [CompletionResultType]::ParameterName, 'How many of the most recent lines to print')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('--clear', '--clear', [CompletionResultType]::ParameterName, 'Empty the log instead of printing it')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;completions' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment (profile) to use instead of the current one')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data printed on stdout: table; json (the wire DTO, in the server''s field order); yaml (the same data as YAML); id (the created or affected ids, one a line); or jsonpath=EXPR, the values an RFC 9535 JSONPath expression selects from the JSON, one a line, strings unquoted (e.g. -o ''jsonpath=$.runtimes[?@.clients > 0].id'')')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'How long one request may take before omgctl gives up (e.g. 30s, 2m)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omgctl;help' {
            [CompletionResult]::new('environment', 'environment', [CompletionResultType]::ParameterValue, 'Select and inspect environments (server URL and remembered values)')
            [CompletionResult]::new('admin', 'admin', [CompletionResultType]::ParameterValue, 'Admin commands: tokens, ids, hashes, shards, Docker hosts')
            [CompletionResult]::new('support', 'support', [CompletionResultType]::ParameterValue, 'Support commands: tenants, projects, developers, permissions')
            [CompletionResult]::new('developer', 'developer', [CompletionResultType]::ParameterValue, 'Developer commands: projects, stages, versions, deployments, lobbies, matchmakers')
            [CompletionResult]::new('request-log', 'request-log', [CompletionResultType]::ParameterValue, 'Show omgctl''s recent request log (method, path, status, duration; never secrets). `logs`, upstream''s name, still works; a runtime''s output is `omgctl developer get-runtime-logs`')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'omgctl;help;environment' {
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Forget every environment, remembered value and stored credential')
            [CompletionResult]::new('print-current', 'print-current', [CompletionResultType]::ParameterValue, 'Print the current environment, its URL, remembered values and where credentials come from')
            [CompletionResult]::new('print-variable', 'print-variable', [CompletionResultType]::ParameterValue, 'Print one remembered value (e.g. TENANT, VERSION, DEVELOPER_PASSWORD) without a newline')
            [CompletionResult]::new('use-environment', 'use-environment', [CompletionResultType]::ParameterValue, 'Create or update an environment and make it the current one')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the environments: name, server URL, and which one is current')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an environment with its remembered values and stored credentials')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename an environment; its remembered values and stored credentials go with it')
            [CompletionResult]::new('use-public', 'use-public', [CompletionResultType]::ParameterValue, 'Use the public environment `public` (https://api.omgservers.com)')
            [CompletionResult]::new('use-local', 'use-local', [CompletionResultType]::ParameterValue, 'Use the local environment `local` with the dev-mode credentials admin/admin, support/support')
            break
        }
        'omgctl;help;environment;reset' {
            break
        }
        'omgctl;help;environment;print-current' {
            break
        }
        'omgctl;help;environment;print-variable' {
            break
        }
        'omgctl;help;environment;use-environment' {
            break
        }
        'omgctl;help;environment;list' {
            break
        }
        'omgctl;help;environment;delete' {
            break
        }
        'omgctl;help;environment;rename' {
            break
        }
        'omgctl;help;environment;use-public' {
            break
        }
        'omgctl;help;environment;use-local' {
            break
        }
        'omgctl;help;admin' {
            [CompletionResult]::new('use-credentials', 'use-credentials', [CompletionResultType]::ParameterValue, 'Store admin credentials for this environment and create a token with them')
            [CompletionResult]::new('print-current', 'print-current', [CompletionResultType]::ParameterValue, 'Show the admin user and where its credentials come from')
            [CompletionResult]::new('create-token', 'create-token', [CompletionResultType]::ParameterValue, 'Create (or renew) the admin token with the stored credentials')
            [CompletionResult]::new('calculate-shard', 'calculate-shard', [CompletionResultType]::ParameterValue, 'Shard index and owning server of a shard key. Remembers SHARD_INDEX and SERVER_URI')
            [CompletionResult]::new('generate-id', 'generate-id', [CompletionResultType]::ParameterValue, 'Generate a snowflake id. Prints it; remembers GENERATED_ID')
            [CompletionResult]::new('bcrypt-hash', 'bcrypt-hash', [CompletionResultType]::ParameterValue, 'bcrypt-hash a value. Prints the hash; remembers BCRYPTED_HASH')
            [CompletionResult]::new('ping-docker-host', 'ping-docker-host', [CompletionResultType]::ParameterValue, 'Ask the server to ping a Docker daemon. Prints the answering server; remembers SUCCESSFUL')
            [CompletionResult]::new('get-pool-hosts', 'get-pool-hosts', [CompletionResultType]::ParameterValue, 'List the runtime pool''s Docker hosts with their load and reachability')
            [CompletionResult]::new('create-pool-host', 'create-pool-host', [CompletionResultType]::ParameterValue, 'Add a Docker host to the runtime pool. Prints the host')
            [CompletionResult]::new('drain-pool-host', 'drain-pool-host', [CompletionResultType]::ParameterValue, 'Stop placing new runtimes on a pool host (its running ones stay). Prints the host')
            [CompletionResult]::new('get-cluster', 'get-cluster', [CompletionResultType]::ParameterValue, 'List the nodes of a sharded installation and the slots each holds')
            [CompletionResult]::new('drain-node', 'drain-node', [CompletionResultType]::ParameterValue, 'Hand a node''s slots over to the other nodes (it keeps serving by forwarding)')
            [CompletionResult]::new('get-slot-databases', 'get-slot-databases', [CompletionResultType]::ParameterValue, 'List the shard databases, the slots whose game state each holds, and the moves under way')
            [CompletionResult]::new('move-slots', 'move-slots', [CompletionResultType]::ParameterValue, 'Move slots'' game state to another shard database')
            [CompletionResult]::new('cancel-slot-moves', 'cancel-slot-moves', [CompletionResultType]::ParameterValue, 'Cancel slots'' moves that have not switched to their new database yet')
            [CompletionResult]::new('delete-pool-host', 'delete-pool-host', [CompletionResultType]::ParameterValue, 'Remove a pool host that runs no runtime container. Prints whether it was deleted')
            break
        }
        'omgctl;help;admin;use-credentials' {
            break
        }
        'omgctl;help;admin;print-current' {
            break
        }
        'omgctl;help;admin;create-token' {
            break
        }
        'omgctl;help;admin;calculate-shard' {
            break
        }
        'omgctl;help;admin;generate-id' {
            break
        }
        'omgctl;help;admin;bcrypt-hash' {
            break
        }
        'omgctl;help;admin;ping-docker-host' {
            break
        }
        'omgctl;help;admin;get-pool-hosts' {
            break
        }
        'omgctl;help;admin;create-pool-host' {
            break
        }
        'omgctl;help;admin;drain-pool-host' {
            break
        }
        'omgctl;help;admin;get-cluster' {
            break
        }
        'omgctl;help;admin;drain-node' {
            break
        }
        'omgctl;help;admin;get-slot-databases' {
            break
        }
        'omgctl;help;admin;move-slots' {
            break
        }
        'omgctl;help;admin;cancel-slot-moves' {
            break
        }
        'omgctl;help;admin;delete-pool-host' {
            break
        }
        'omgctl;help;support' {
            [CompletionResult]::new('use-credentials', 'use-credentials', [CompletionResultType]::ParameterValue, 'Store support credentials for this environment and create a token with them')
            [CompletionResult]::new('print-current', 'print-current', [CompletionResultType]::ParameterValue, 'Show the support user and where its credentials come from')
            [CompletionResult]::new('create-token', 'create-token', [CompletionResultType]::ParameterValue, 'Create (or renew) the support token with the stored credentials')
            [CompletionResult]::new('create-tenant', 'create-tenant', [CompletionResultType]::ParameterValue, 'Create a tenant. Prints its id; remembers TENANT')
            [CompletionResult]::new('create-tenant-alias', 'create-tenant-alias', [CompletionResultType]::ParameterValue, 'Give a tenant an alias')
            [CompletionResult]::new('delete-tenant', 'delete-tenant', [CompletionResultType]::ParameterValue, 'Delete a tenant and everything under it. Prints whether it was deleted; with --dry-run, what would be deleted')
            [CompletionResult]::new('create-project', 'create-project', [CompletionResultType]::ParameterValue, 'Create a project with a default stage. Prints both ids; remembers PROJECT and STAGE')
            [CompletionResult]::new('create-project-alias', 'create-project-alias', [CompletionResultType]::ParameterValue, 'Give a project an alias')
            [CompletionResult]::new('delete-project', 'delete-project', [CompletionResultType]::ParameterValue, 'Delete a project and everything under it. Prints whether it was deleted; with --dry-run, what would be deleted')
            [CompletionResult]::new('create-developer', 'create-developer', [CompletionResultType]::ParameterValue, 'Create a developer with a generated password')
            [CompletionResult]::new('list-tenants', 'list-tenants', [CompletionResultType]::ParameterValue, 'List the tenants, with their aliases, oldest first')
            [CompletionResult]::new('list-developers', 'list-developers', [CompletionResultType]::ParameterValue, 'List the developers, with how many permissions each holds, oldest first')
            [CompletionResult]::new('delete-developer', 'delete-developer', [CompletionResultType]::ParameterValue, 'Delete a developer and its permissions. Prints whether it was deleted')
            [CompletionResult]::new('list-permissions', 'list-permissions', [CompletionResultType]::ParameterValue, 'List the permissions granted in a tenant, at the tenant, its projects and its stages, oldest first')
            [CompletionResult]::new('create-tenant-permission', 'create-tenant-permission', [CompletionResultType]::ParameterValue, 'Grant tenant permissions to a developer. Prints the newly created ones')
            [CompletionResult]::new('delete-tenant-permission', 'delete-tenant-permission', [CompletionResultType]::ParameterValue, 'Revoke tenant permissions. Prints the deleted ones')
            [CompletionResult]::new('create-project-permission', 'create-project-permission', [CompletionResultType]::ParameterValue, 'Grant project permissions to a developer. Prints the newly created ones')
            [CompletionResult]::new('delete-project-permission', 'delete-project-permission', [CompletionResultType]::ParameterValue, 'Revoke project permissions. Prints the deleted ones')
            [CompletionResult]::new('create-stage-permission', 'create-stage-permission', [CompletionResultType]::ParameterValue, 'Grant stage permissions to a developer. Prints the newly created ones')
            [CompletionResult]::new('delete-stage-permission', 'delete-stage-permission', [CompletionResultType]::ParameterValue, 'Revoke stage permissions. Prints the deleted ones')
            break
        }
        'omgctl;help;support;use-credentials' {
            break
        }
        'omgctl;help;support;print-current' {
            break
        }
        'omgctl;help;support;create-token' {
            break
        }
        'omgctl;help;support;create-tenant' {
            break
        }
        'omgctl;help;support;create-tenant-alias' {
            break
        }
        'omgctl;help;support;delete-tenant' {
            break
        }
        'omgctl;help;support;create-project' {
            break
        }
        'omgctl;help;support;create-project-alias' {
            break
        }
        'omgctl;help;support;delete-project' {
            break
        }
        'omgctl;help;support;create-developer' {
            break
        }
        'omgctl;help;support;list-tenants' {
            break
        }
        'omgctl;help;support;list-developers' {
            break
        }
        'omgctl;help;support;delete-developer' {
            break
        }
        'omgctl;help;support;list-permissions' {
            break
        }
        'omgctl;help;support;create-tenant-permission' {
            break
        }
        'omgctl;help;support;delete-tenant-permission' {
            break
        }
        'omgctl;help;support;create-project-permission' {
            break
        }
        'omgctl;help;support;delete-project-permission' {
            break
        }
        'omgctl;help;support;create-stage-permission' {
            break
        }
        'omgctl;help;support;delete-stage-permission' {
            break
        }
        'omgctl;help;developer' {
            [CompletionResult]::new('use-credentials', 'use-credentials', [CompletionResultType]::ParameterValue, 'Store developer credentials (numeric user id and password) and create a token with them')
            [CompletionResult]::new('print-current', 'print-current', [CompletionResultType]::ParameterValue, 'Show the developer user and where its credentials come from')
            [CompletionResult]::new('create-token', 'create-token', [CompletionResultType]::ParameterValue, 'Create (or renew) the developer token with the stored credentials')
            [CompletionResult]::new('get-tenant-details', 'get-tenant-details', [CompletionResultType]::ParameterValue, 'Show a tenant: its permissions and projects')
            [CompletionResult]::new('create-project', 'create-project', [CompletionResultType]::ParameterValue, 'Create a project with a default stage. Prints both ids; remembers PROJECT and STAGE')
            [CompletionResult]::new('create-project-alias', 'create-project-alias', [CompletionResultType]::ParameterValue, 'Give a project an alias')
            [CompletionResult]::new('list-projects', 'list-projects', [CompletionResultType]::ParameterValue, 'List a tenant''s projects, oldest first, with their aliases and how many stages and versions each has')
            [CompletionResult]::new('list-stages', 'list-stages', [CompletionResultType]::ParameterValue, 'List a project''s stages, oldest first, with their aliases, deployments and the newest deployment (the one new players join)')
            [CompletionResult]::new('list-versions', 'list-versions', [CompletionResultType]::ParameterValue, 'List a project''s versions, oldest first: the state of each one''s newest build, its images, and how many deployments run it')
            [CompletionResult]::new('list-deployments', 'list-deployments', [CompletionResultType]::ParameterValue, 'List a stage''s deployments, oldest first (the last is the newest): version, state, runtimes and clients, and why one FAILED')
            [CompletionResult]::new('list-runtimes', 'list-runtimes', [CompletionResultType]::ParameterValue, 'List a stage''s runtimes — its lobbies and matches — oldest first: status (and why it is not running), the mode a match plays, clients, starts and failures')
            [CompletionResult]::new('get-project-details', 'get-project-details', [CompletionResultType]::ParameterValue, 'Show a project: its permissions, stages and versions')
            [CompletionResult]::new('delete-project', 'delete-project', [CompletionResultType]::ParameterValue, 'Delete a project and everything under it. Prints whether it was deleted; with --dry-run, what would be deleted')
            [CompletionResult]::new('create-stage', 'create-stage', [CompletionResultType]::ParameterValue, 'Create a stage. Prints its id; remembers STAGE')
            [CompletionResult]::new('create-stage-alias', 'create-stage-alias', [CompletionResultType]::ParameterValue, 'Give a stage an alias')
            [CompletionResult]::new('get-stage-details', 'get-stage-details', [CompletionResultType]::ParameterValue, 'Show a stage: its permissions and deployments')
            [CompletionResult]::new('delete-stage', 'delete-stage', [CompletionResultType]::ParameterValue, 'Delete a stage and its deployments. Prints whether it was deleted; with --dry-run, what would be deleted')
            [CompletionResult]::new('create-version', 'create-version', [CompletionResultType]::ParameterValue, 'Create a version from a version config JSON file. Prints its id; remembers VERSION')
            [CompletionResult]::new('upload-files-archive', 'upload-files-archive', [CompletionResultType]::ParameterValue, 'Pack a directory and upload it as the version''s files archive (the server builds an image)')
            [CompletionResult]::new('get-build-log', 'get-build-log', [CompletionResultType]::ParameterValue, 'Show a build of an uploaded files archive: its state and log')
            [CompletionResult]::new('get-version-details', 'get-version-details', [CompletionResultType]::ParameterValue, 'Show a version: its build requests and images')
            [CompletionResult]::new('delete-version', 'delete-version', [CompletionResultType]::ParameterValue, 'Delete a version no deployment uses. Prints whether it was deleted')
            [CompletionResult]::new('deploy-version', 'deploy-version', [CompletionResultType]::ParameterValue, 'Deploy a version (it needs an image) to a stage. Prints the deployment id; remembers DEPLOYMENT')
            [CompletionResult]::new('get-deployment-details', 'get-deployment-details', [CompletionResultType]::ParameterValue, 'Show a deployment: its lobbies and matchmakers')
            [CompletionResult]::new('get-deployment-runtimes', 'get-deployment-runtimes', [CompletionResultType]::ParameterValue, 'Show a deployment''s runtimes (lobby and matches) and where each stands')
            [CompletionResult]::new('get-stage-status', 'get-stage-status', [CompletionResultType]::ParameterValue, 'Show what runs in a stage now, as `fly status` does: its deployments with their runtimes by status, lobbies and matches (runtime status, mode, players) and the matchmaking queue')
            [CompletionResult]::new('list-clients', 'list-clients', [CompletionResultType]::ParameterValue, 'List a stage''s connected clients: player, deployment, state, runtime, last activity')
            [CompletionResult]::new('get-deployment-events', 'get-deployment-events', [CompletionResultType]::ParameterValue, 'Show a deployment''s events, oldest first: runtime starts, failures, backoff, waits, and the rollout''s outcome (as `kubectl describe` shows events)')
            [CompletionResult]::new('rollback', 'rollback', [CompletionResultType]::ParameterValue, 'Deploy a stage''s previous version again: the version of the newest deployment older than the one serving the stage, or the version --to-version names (needed once the previous deployment drained away: `omgctl developer get-project-details` lists the versions). Takes --wait and --timeout as deploy-version does')
            [CompletionResult]::new('get-runtime-logs', 'get-runtime-logs', [CompletionResultType]::ParameterValue, 'Print the recent output of a runtime''s container, as it is, on stdout')
            [CompletionResult]::new('kick-client', 'kick-client', [CompletionResultType]::ParameterValue, 'Disconnect a player''s client, as a lobby runtime''s KICK_CLIENT does: its runtime gets DELETE_CLIENT and the player''s next interchange finds no client (it may join again). Asks first; exits 3 when the tenant has no such client')
            [CompletionResult]::new('delete-deployment', 'delete-deployment', [CompletionResultType]::ParameterValue, 'Delete a deployment with its lobbies, matchmakers and runtimes. Prints whether it was deleted; with --dry-run, what would be deleted')
            [CompletionResult]::new('create-lobby-request', 'create-lobby-request', [CompletionResultType]::ParameterValue, 'Add one more lobby to a deployment')
            [CompletionResult]::new('delete-lobby', 'delete-lobby', [CompletionResultType]::ParameterValue, 'Delete a lobby. Prints whether it was deleted')
            [CompletionResult]::new('create-matchmaker-request', 'create-matchmaker-request', [CompletionResultType]::ParameterValue, 'Add one more matchmaker to a deployment')
            [CompletionResult]::new('delete-matchmaker', 'delete-matchmaker', [CompletionResultType]::ParameterValue, 'Delete a matchmaker. Prints whether it was deleted')
            break
        }
        'omgctl;help;developer;use-credentials' {
            break
        }
        'omgctl;help;developer;print-current' {
            break
        }
        'omgctl;help;developer;create-token' {
            break
        }
        'omgctl;help;developer;get-tenant-details' {
            break
        }
        'omgctl;help;developer;create-project' {
            break
        }
        'omgctl;help;developer;create-project-alias' {
            break
        }
        'omgctl;help;developer;list-projects' {
            break
        }
        'omgctl;help;developer;list-stages' {
            break
        }
        'omgctl;help;developer;list-versions' {
            break
        }
        'omgctl;help;developer;list-deployments' {
            break
        }
        'omgctl;help;developer;list-runtimes' {
            break
        }
        'omgctl;help;developer;get-project-details' {
            break
        }
        'omgctl;help;developer;delete-project' {
            break
        }
        'omgctl;help;developer;create-stage' {
            break
        }
        'omgctl;help;developer;create-stage-alias' {
            break
        }
        'omgctl;help;developer;get-stage-details' {
            break
        }
        'omgctl;help;developer;delete-stage' {
            break
        }
        'omgctl;help;developer;create-version' {
            break
        }
        'omgctl;help;developer;upload-files-archive' {
            break
        }
        'omgctl;help;developer;get-build-log' {
            break
        }
        'omgctl;help;developer;get-version-details' {
            break
        }
        'omgctl;help;developer;delete-version' {
            break
        }
        'omgctl;help;developer;deploy-version' {
            break
        }
        'omgctl;help;developer;get-deployment-details' {
            break
        }
        'omgctl;help;developer;get-deployment-runtimes' {
            break
        }
        'omgctl;help;developer;get-stage-status' {
            break
        }
        'omgctl;help;developer;list-clients' {
            break
        }
        'omgctl;help;developer;get-deployment-events' {
            break
        }
        'omgctl;help;developer;rollback' {
            break
        }
        'omgctl;help;developer;get-runtime-logs' {
            break
        }
        'omgctl;help;developer;kick-client' {
            break
        }
        'omgctl;help;developer;delete-deployment' {
            break
        }
        'omgctl;help;developer;create-lobby-request' {
            break
        }
        'omgctl;help;developer;delete-lobby' {
            break
        }
        'omgctl;help;developer;create-matchmaker-request' {
            break
        }
        'omgctl;help;developer;delete-matchmaker' {
            break
        }
        'omgctl;help;request-log' {
            break
        }
        'omgctl;help;completions' {
            break
        }
        'omgctl;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
