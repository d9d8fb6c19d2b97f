# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_omgctl_global_optspecs
    string join \n e/env= o/output= color= v/verbose no-headers request-timeout= h/help V/version
end

function __fish_omgctl_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_omgctl_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_omgctl_using_subcommand
    set -l cmd (__fish_omgctl_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c omgctl -n "__fish_omgctl_needs_command" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_needs_command" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_needs_command" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_needs_command" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_needs_command" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_needs_command" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_needs_command" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_needs_command" -f -a "environment" -d 'Select and inspect environments (server URL and remembered values)'
complete -c omgctl -n "__fish_omgctl_needs_command" -f -a "env" -d 'Select and inspect environments (server URL and remembered values)'
complete -c omgctl -n "__fish_omgctl_needs_command" -f -a "admin" -d 'Admin commands: tokens, ids, hashes, shards, Docker hosts'
complete -c omgctl -n "__fish_omgctl_needs_command" -f -a "support" -d 'Support commands: tenants, projects, developers, permissions'
complete -c omgctl -n "__fish_omgctl_needs_command" -f -a "developer" -d 'Developer commands: projects, stages, versions, deployments, lobbies, matchmakers'
complete -c omgctl -n "__fish_omgctl_needs_command" -f -a "logs" -d 'Show the recent request log (method, path, status, duration; never secrets)'
complete -c omgctl -n "__fish_omgctl_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c omgctl -n "__fish_omgctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and not __fish_seen_subcommand_from reset print-current print-variable use-environment list delete rename use-public use-local help" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and not __fish_seen_subcommand_from reset print-current print-variable use-environment list delete rename use-public use-local help" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and not __fish_seen_subcommand_from reset print-current print-variable use-environment list delete rename use-public use-local help" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and not __fish_seen_subcommand_from reset print-current print-variable use-environment list delete rename use-public use-local help" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and not __fish_seen_subcommand_from reset print-current print-variable use-environment list delete rename use-public use-local help" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and not __fish_seen_subcommand_from reset print-current print-variable use-environment list delete rename use-public use-local help" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and not __fish_seen_subcommand_from reset print-current print-variable use-environment list delete rename use-public use-local help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and not __fish_seen_subcommand_from reset print-current print-variable use-environment list delete rename use-public use-local help" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and not __fish_seen_subcommand_from reset print-current print-variable use-environment list delete rename use-public use-local help" -f -a "reset" -d 'Forget every environment, remembered value and stored credential'
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and not __fish_seen_subcommand_from reset print-current print-variable use-environment list delete rename use-public use-local help" -f -a "print-current" -d 'Print the current environment, its URL, remembered values and where credentials come from'
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and not __fish_seen_subcommand_from reset print-current print-variable use-environment list delete rename use-public use-local help" -f -a "print-variable" -d 'Print one remembered value (e.g. TENANT, VERSION, DEVELOPER_PASSWORD) without a newline'
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and not __fish_seen_subcommand_from reset print-current print-variable use-environment list delete rename use-public use-local help" -f -a "use-environment" -d 'Create or update an environment and make it the current one'
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and not __fish_seen_subcommand_from reset print-current print-variable use-environment list delete rename use-public use-local help" -f -a "list" -d 'List the environments: name, server URL, and which one is current'
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and not __fish_seen_subcommand_from reset print-current print-variable use-environment list delete rename use-public use-local help" -f -a "delete" -d 'Delete an environment with its remembered values and stored credentials'
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and not __fish_seen_subcommand_from reset print-current print-variable use-environment list delete rename use-public use-local help" -f -a "rename" -d 'Rename an environment; its remembered values and stored credentials go with it'
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and not __fish_seen_subcommand_from reset print-current print-variable use-environment list delete rename use-public use-local help" -f -a "use-public" -d 'Use the public environment `public` (https://api.omgservers.com)'
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and not __fish_seen_subcommand_from reset print-current print-variable use-environment list delete rename use-public use-local help" -f -a "use-local" -d 'Use the local environment `local` with the dev-mode credentials admin/admin, support/support'
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and not __fish_seen_subcommand_from reset print-current print-variable use-environment list delete rename use-public use-local help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from reset" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from reset" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from reset" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from reset" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from reset" -s y -l yes -d 'Reset without asking (required without a terminal; or OMGCTL_YES=1)'
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from reset" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from reset" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from reset" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from reset" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from print-current" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from print-current" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from print-current" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from print-current" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from print-current" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from print-current" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from print-current" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from print-current" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from print-variable" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from print-variable" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from print-variable" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from print-variable" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from print-variable" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from print-variable" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from print-variable" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from print-variable" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from use-environment" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from use-environment" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from use-environment" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from use-environment" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from use-environment" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from use-environment" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from use-environment" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from use-environment" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from list" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from list" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from list" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from list" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from delete" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from delete" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from delete" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Delete without asking (required without a terminal; or OMGCTL_YES=1)'
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from delete" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from rename" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from rename" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from rename" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from rename" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from rename" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from rename" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from rename" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from rename" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from use-public" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from use-public" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from use-public" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from use-public" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from use-public" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from use-public" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from use-public" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from use-public" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from use-local" -l url -d 'Server URL' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from use-local" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from use-local" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from use-local" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from use-local" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from use-local" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from use-local" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from use-local" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from use-local" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from help" -f -a "reset" -d 'Forget every environment, remembered value and stored credential'
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from help" -f -a "print-current" -d 'Print the current environment, its URL, remembered values and where credentials come from'
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from help" -f -a "print-variable" -d 'Print one remembered value (e.g. TENANT, VERSION, DEVELOPER_PASSWORD) without a newline'
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from help" -f -a "use-environment" -d 'Create or update an environment and make it the current one'
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the environments: name, server URL, and which one is current'
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete an environment with its remembered values and stored credentials'
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from help" -f -a "rename" -d 'Rename an environment; its remembered values and stored credentials go with it'
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from help" -f -a "use-public" -d 'Use the public environment `public` (https://api.omgservers.com)'
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from help" -f -a "use-local" -d 'Use the local environment `local` with the dev-mode credentials admin/admin, support/support'
complete -c omgctl -n "__fish_omgctl_using_subcommand environment; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and not __fish_seen_subcommand_from reset print-current print-variable use-environment list delete rename use-public use-local help" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and not __fish_seen_subcommand_from reset print-current print-variable use-environment list delete rename use-public use-local help" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and not __fish_seen_subcommand_from reset print-current print-variable use-environment list delete rename use-public use-local help" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and not __fish_seen_subcommand_from reset print-current print-variable use-environment list delete rename use-public use-local help" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and not __fish_seen_subcommand_from reset print-current print-variable use-environment list delete rename use-public use-local help" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and not __fish_seen_subcommand_from reset print-current print-variable use-environment list delete rename use-public use-local help" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and not __fish_seen_subcommand_from reset print-current print-variable use-environment list delete rename use-public use-local help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and not __fish_seen_subcommand_from reset print-current print-variable use-environment list delete rename use-public use-local help" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and not __fish_seen_subcommand_from reset print-current print-variable use-environment list delete rename use-public use-local help" -f -a "reset" -d 'Forget every environment, remembered value and stored credential'
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and not __fish_seen_subcommand_from reset print-current print-variable use-environment list delete rename use-public use-local help" -f -a "print-current" -d 'Print the current environment, its URL, remembered values and where credentials come from'
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and not __fish_seen_subcommand_from reset print-current print-variable use-environment list delete rename use-public use-local help" -f -a "print-variable" -d 'Print one remembered value (e.g. TENANT, VERSION, DEVELOPER_PASSWORD) without a newline'
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and not __fish_seen_subcommand_from reset print-current print-variable use-environment list delete rename use-public use-local help" -f -a "use-environment" -d 'Create or update an environment and make it the current one'
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and not __fish_seen_subcommand_from reset print-current print-variable use-environment list delete rename use-public use-local help" -f -a "list" -d 'List the environments: name, server URL, and which one is current'
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and not __fish_seen_subcommand_from reset print-current print-variable use-environment list delete rename use-public use-local help" -f -a "delete" -d 'Delete an environment with its remembered values and stored credentials'
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and not __fish_seen_subcommand_from reset print-current print-variable use-environment list delete rename use-public use-local help" -f -a "rename" -d 'Rename an environment; its remembered values and stored credentials go with it'
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and not __fish_seen_subcommand_from reset print-current print-variable use-environment list delete rename use-public use-local help" -f -a "use-public" -d 'Use the public environment `public` (https://api.omgservers.com)'
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and not __fish_seen_subcommand_from reset print-current print-variable use-environment list delete rename use-public use-local help" -f -a "use-local" -d 'Use the local environment `local` with the dev-mode credentials admin/admin, support/support'
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and not __fish_seen_subcommand_from reset print-current print-variable use-environment list delete rename use-public use-local help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from reset" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from reset" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from reset" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from reset" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from reset" -s y -l yes -d 'Reset without asking (required without a terminal; or OMGCTL_YES=1)'
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from reset" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from reset" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from reset" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from reset" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from print-current" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from print-current" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from print-current" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from print-current" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from print-current" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from print-current" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from print-current" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from print-current" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from print-variable" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from print-variable" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from print-variable" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from print-variable" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from print-variable" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from print-variable" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from print-variable" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from print-variable" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from use-environment" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from use-environment" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from use-environment" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from use-environment" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from use-environment" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from use-environment" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from use-environment" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from use-environment" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from list" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from list" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from list" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from list" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from delete" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from delete" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from delete" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Delete without asking (required without a terminal; or OMGCTL_YES=1)'
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from delete" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from rename" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from rename" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from rename" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from rename" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from rename" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from rename" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from rename" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from rename" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from use-public" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from use-public" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from use-public" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from use-public" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from use-public" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from use-public" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from use-public" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from use-public" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from use-local" -l url -d 'Server URL' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from use-local" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from use-local" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from use-local" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from use-local" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from use-local" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from use-local" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from use-local" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from use-local" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from help" -f -a "reset" -d 'Forget every environment, remembered value and stored credential'
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from help" -f -a "print-current" -d 'Print the current environment, its URL, remembered values and where credentials come from'
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from help" -f -a "print-variable" -d 'Print one remembered value (e.g. TENANT, VERSION, DEVELOPER_PASSWORD) without a newline'
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from help" -f -a "use-environment" -d 'Create or update an environment and make it the current one'
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the environments: name, server URL, and which one is current'
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete an environment with its remembered values and stored credentials'
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from help" -f -a "rename" -d 'Rename an environment; its remembered values and stored credentials go with it'
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from help" -f -a "use-public" -d 'Use the public environment `public` (https://api.omgservers.com)'
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from help" -f -a "use-local" -d 'Use the local environment `local` with the dev-mode credentials admin/admin, support/support'
complete -c omgctl -n "__fish_omgctl_using_subcommand env; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and not __fish_seen_subcommand_from use-credentials print-current create-token calculate-shard generate-id bcrypt-hash ping-docker-host get-pool-hosts create-pool-host drain-pool-host get-cluster drain-node delete-pool-host help" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and not __fish_seen_subcommand_from use-credentials print-current create-token calculate-shard generate-id bcrypt-hash ping-docker-host get-pool-hosts create-pool-host drain-pool-host get-cluster drain-node delete-pool-host help" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and not __fish_seen_subcommand_from use-credentials print-current create-token calculate-shard generate-id bcrypt-hash ping-docker-host get-pool-hosts create-pool-host drain-pool-host get-cluster drain-node delete-pool-host help" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and not __fish_seen_subcommand_from use-credentials print-current create-token calculate-shard generate-id bcrypt-hash ping-docker-host get-pool-hosts create-pool-host drain-pool-host get-cluster drain-node delete-pool-host help" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and not __fish_seen_subcommand_from use-credentials print-current create-token calculate-shard generate-id bcrypt-hash ping-docker-host get-pool-hosts create-pool-host drain-pool-host get-cluster drain-node delete-pool-host help" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and not __fish_seen_subcommand_from use-credentials print-current create-token calculate-shard generate-id bcrypt-hash ping-docker-host get-pool-hosts create-pool-host drain-pool-host get-cluster drain-node delete-pool-host help" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and not __fish_seen_subcommand_from use-credentials print-current create-token calculate-shard generate-id bcrypt-hash ping-docker-host get-pool-hosts create-pool-host drain-pool-host get-cluster drain-node delete-pool-host help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and not __fish_seen_subcommand_from use-credentials print-current create-token calculate-shard generate-id bcrypt-hash ping-docker-host get-pool-hosts create-pool-host drain-pool-host get-cluster drain-node delete-pool-host help" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and not __fish_seen_subcommand_from use-credentials print-current create-token calculate-shard generate-id bcrypt-hash ping-docker-host get-pool-hosts create-pool-host drain-pool-host get-cluster drain-node delete-pool-host help" -f -a "use-credentials" -d 'Store admin credentials for this environment and create a token with them'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and not __fish_seen_subcommand_from use-credentials print-current create-token calculate-shard generate-id bcrypt-hash ping-docker-host get-pool-hosts create-pool-host drain-pool-host get-cluster drain-node delete-pool-host help" -f -a "print-current" -d 'Show the admin user and where its credentials come from'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and not __fish_seen_subcommand_from use-credentials print-current create-token calculate-shard generate-id bcrypt-hash ping-docker-host get-pool-hosts create-pool-host drain-pool-host get-cluster drain-node delete-pool-host help" -f -a "create-token" -d 'Create (or renew) the admin token with the stored credentials'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and not __fish_seen_subcommand_from use-credentials print-current create-token calculate-shard generate-id bcrypt-hash ping-docker-host get-pool-hosts create-pool-host drain-pool-host get-cluster drain-node delete-pool-host help" -f -a "calculate-shard" -d 'Shard index and owning server of a shard key. Remembers SHARD_INDEX and SERVER_URI'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and not __fish_seen_subcommand_from use-credentials print-current create-token calculate-shard generate-id bcrypt-hash ping-docker-host get-pool-hosts create-pool-host drain-pool-host get-cluster drain-node delete-pool-host help" -f -a "generate-id" -d 'Generate a snowflake id. Prints it; remembers GENERATED_ID'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and not __fish_seen_subcommand_from use-credentials print-current create-token calculate-shard generate-id bcrypt-hash ping-docker-host get-pool-hosts create-pool-host drain-pool-host get-cluster drain-node delete-pool-host help" -f -a "bcrypt-hash" -d 'bcrypt-hash a value. Prints the hash; remembers BCRYPTED_HASH'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and not __fish_seen_subcommand_from use-credentials print-current create-token calculate-shard generate-id bcrypt-hash ping-docker-host get-pool-hosts create-pool-host drain-pool-host get-cluster drain-node delete-pool-host help" -f -a "ping-docker-host" -d 'Ask the server to ping a Docker daemon. Prints the answering server; remembers SUCCESSFUL'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and not __fish_seen_subcommand_from use-credentials print-current create-token calculate-shard generate-id bcrypt-hash ping-docker-host get-pool-hosts create-pool-host drain-pool-host get-cluster drain-node delete-pool-host help" -f -a "get-pool-hosts" -d 'List the runtime pool\'s Docker hosts with their load and reachability'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and not __fish_seen_subcommand_from use-credentials print-current create-token calculate-shard generate-id bcrypt-hash ping-docker-host get-pool-hosts create-pool-host drain-pool-host get-cluster drain-node delete-pool-host help" -f -a "create-pool-host" -d 'Add a Docker host to the runtime pool. Prints the host'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and not __fish_seen_subcommand_from use-credentials print-current create-token calculate-shard generate-id bcrypt-hash ping-docker-host get-pool-hosts create-pool-host drain-pool-host get-cluster drain-node delete-pool-host help" -f -a "drain-pool-host" -d 'Stop placing new runtimes on a pool host (its running ones stay). Prints the host'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and not __fish_seen_subcommand_from use-credentials print-current create-token calculate-shard generate-id bcrypt-hash ping-docker-host get-pool-hosts create-pool-host drain-pool-host get-cluster drain-node delete-pool-host help" -f -a "get-cluster" -d 'List the nodes of a sharded installation and the slots each holds'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and not __fish_seen_subcommand_from use-credentials print-current create-token calculate-shard generate-id bcrypt-hash ping-docker-host get-pool-hosts create-pool-host drain-pool-host get-cluster drain-node delete-pool-host help" -f -a "drain-node" -d 'Hand a node\'s slots over to the other nodes (it keeps serving by forwarding)'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and not __fish_seen_subcommand_from use-credentials print-current create-token calculate-shard generate-id bcrypt-hash ping-docker-host get-pool-hosts create-pool-host drain-pool-host get-cluster drain-node delete-pool-host help" -f -a "delete-pool-host" -d 'Remove a pool host that runs no runtime container. Prints whether it was deleted'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and not __fish_seen_subcommand_from use-credentials print-current create-token calculate-shard generate-id bcrypt-hash ping-docker-host get-pool-hosts create-pool-host drain-pool-host get-cluster drain-node delete-pool-host help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from use-credentials" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from use-credentials" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from use-credentials" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from use-credentials" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from use-credentials" -l password-stdin -d 'Read the password from the first line of stdin'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from use-credentials" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from use-credentials" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from use-credentials" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from use-credentials" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from print-current" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from print-current" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from print-current" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from print-current" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from print-current" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from print-current" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from print-current" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from print-current" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from create-token" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from create-token" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from create-token" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from create-token" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from create-token" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from create-token" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from create-token" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from create-token" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from calculate-shard" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from calculate-shard" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from calculate-shard" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from calculate-shard" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from calculate-shard" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from calculate-shard" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from calculate-shard" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from calculate-shard" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from generate-id" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from generate-id" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from generate-id" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from generate-id" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from generate-id" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from generate-id" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from generate-id" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from generate-id" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from bcrypt-hash" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from bcrypt-hash" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from bcrypt-hash" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from bcrypt-hash" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from bcrypt-hash" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from bcrypt-hash" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from bcrypt-hash" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from bcrypt-hash" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from ping-docker-host" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from ping-docker-host" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from ping-docker-host" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from ping-docker-host" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from ping-docker-host" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from ping-docker-host" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from ping-docker-host" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from ping-docker-host" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from get-pool-hosts" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from get-pool-hosts" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from get-pool-hosts" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from get-pool-hosts" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from get-pool-hosts" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from get-pool-hosts" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from get-pool-hosts" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from get-pool-hosts" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from create-pool-host" -l cpus -d 'CPUs the host offers to runtimes' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from create-pool-host" -l memory-mb -d 'Memory the host offers to runtimes, in megabytes' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from create-pool-host" -l max-containers -d 'Most runtime containers the host runs at once' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from create-pool-host" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from create-pool-host" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from create-pool-host" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from create-pool-host" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from create-pool-host" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from create-pool-host" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from create-pool-host" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from create-pool-host" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from drain-pool-host" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from drain-pool-host" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from drain-pool-host" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from drain-pool-host" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from drain-pool-host" -l undo -d 'Put a drained host back into service'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from drain-pool-host" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from drain-pool-host" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from drain-pool-host" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from drain-pool-host" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from get-cluster" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from get-cluster" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from get-cluster" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from get-cluster" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from get-cluster" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from get-cluster" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from get-cluster" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from get-cluster" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from drain-node" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from drain-node" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from drain-node" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from drain-node" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from drain-node" -l undo -d 'Take a drained node back into service'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from drain-node" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from drain-node" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from drain-node" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from drain-node" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from delete-pool-host" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from delete-pool-host" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from delete-pool-host" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from delete-pool-host" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from delete-pool-host" -s y -l yes -d 'Delete without asking. Without a terminal to ask on (scripts, CI) a delete is refused unless this is given (or OMGCTL_YES=1 is set)'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from delete-pool-host" -l ignore-not-found -d 'Exit 0 when there is nothing to delete (otherwise exit 3, as `kubectl delete` does)'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from delete-pool-host" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from delete-pool-host" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from delete-pool-host" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from delete-pool-host" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from help" -f -a "use-credentials" -d 'Store admin credentials for this environment and create a token with them'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from help" -f -a "print-current" -d 'Show the admin user and where its credentials come from'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from help" -f -a "create-token" -d 'Create (or renew) the admin token with the stored credentials'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from help" -f -a "calculate-shard" -d 'Shard index and owning server of a shard key. Remembers SHARD_INDEX and SERVER_URI'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from help" -f -a "generate-id" -d 'Generate a snowflake id. Prints it; remembers GENERATED_ID'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from help" -f -a "bcrypt-hash" -d 'bcrypt-hash a value. Prints the hash; remembers BCRYPTED_HASH'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from help" -f -a "ping-docker-host" -d 'Ask the server to ping a Docker daemon. Prints the answering server; remembers SUCCESSFUL'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from help" -f -a "get-pool-hosts" -d 'List the runtime pool\'s Docker hosts with their load and reachability'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from help" -f -a "create-pool-host" -d 'Add a Docker host to the runtime pool. Prints the host'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from help" -f -a "drain-pool-host" -d 'Stop placing new runtimes on a pool host (its running ones stay). Prints the host'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from help" -f -a "get-cluster" -d 'List the nodes of a sharded installation and the slots each holds'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from help" -f -a "drain-node" -d 'Hand a node\'s slots over to the other nodes (it keeps serving by forwarding)'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from help" -f -a "delete-pool-host" -d 'Remove a pool host that runs no runtime container. Prints whether it was deleted'
complete -c omgctl -n "__fish_omgctl_using_subcommand admin; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and not __fish_seen_subcommand_from use-credentials print-current create-token create-tenant create-tenant-alias delete-tenant create-project create-project-alias delete-project create-developer list-tenants list-developers delete-developer create-tenant-permission delete-tenant-permission create-project-permission delete-project-permission create-stage-permission delete-stage-permission help" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and not __fish_seen_subcommand_from use-credentials print-current create-token create-tenant create-tenant-alias delete-tenant create-project create-project-alias delete-project create-developer list-tenants list-developers delete-developer create-tenant-permission delete-tenant-permission create-project-permission delete-project-permission create-stage-permission delete-stage-permission help" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and not __fish_seen_subcommand_from use-credentials print-current create-token create-tenant create-tenant-alias delete-tenant create-project create-project-alias delete-project create-developer list-tenants list-developers delete-developer create-tenant-permission delete-tenant-permission create-project-permission delete-project-permission create-stage-permission delete-stage-permission help" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and not __fish_seen_subcommand_from use-credentials print-current create-token create-tenant create-tenant-alias delete-tenant create-project create-project-alias delete-project create-developer list-tenants list-developers delete-developer create-tenant-permission delete-tenant-permission create-project-permission delete-project-permission create-stage-permission delete-stage-permission help" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and not __fish_seen_subcommand_from use-credentials print-current create-token create-tenant create-tenant-alias delete-tenant create-project create-project-alias delete-project create-developer list-tenants list-developers delete-developer create-tenant-permission delete-tenant-permission create-project-permission delete-project-permission create-stage-permission delete-stage-permission help" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and not __fish_seen_subcommand_from use-credentials print-current create-token create-tenant create-tenant-alias delete-tenant create-project create-project-alias delete-project create-developer list-tenants list-developers delete-developer create-tenant-permission delete-tenant-permission create-project-permission delete-project-permission create-stage-permission delete-stage-permission help" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and not __fish_seen_subcommand_from use-credentials print-current create-token create-tenant create-tenant-alias delete-tenant create-project create-project-alias delete-project create-developer list-tenants list-developers delete-developer create-tenant-permission delete-tenant-permission create-project-permission delete-project-permission create-stage-permission delete-stage-permission help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and not __fish_seen_subcommand_from use-credentials print-current create-token create-tenant create-tenant-alias delete-tenant create-project create-project-alias delete-project create-developer list-tenants list-developers delete-developer create-tenant-permission delete-tenant-permission create-project-permission delete-project-permission create-stage-permission delete-stage-permission help" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and not __fish_seen_subcommand_from use-credentials print-current create-token create-tenant create-tenant-alias delete-tenant create-project create-project-alias delete-project create-developer list-tenants list-developers delete-developer create-tenant-permission delete-tenant-permission create-project-permission delete-project-permission create-stage-permission delete-stage-permission help" -f -a "use-credentials" -d 'Store support credentials for this environment and create a token with them'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and not __fish_seen_subcommand_from use-credentials print-current create-token create-tenant create-tenant-alias delete-tenant create-project create-project-alias delete-project create-developer list-tenants list-developers delete-developer create-tenant-permission delete-tenant-permission create-project-permission delete-project-permission create-stage-permission delete-stage-permission help" -f -a "print-current" -d 'Show the support user and where its credentials come from'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and not __fish_seen_subcommand_from use-credentials print-current create-token create-tenant create-tenant-alias delete-tenant create-project create-project-alias delete-project create-developer list-tenants list-developers delete-developer create-tenant-permission delete-tenant-permission create-project-permission delete-project-permission create-stage-permission delete-stage-permission help" -f -a "create-token" -d 'Create (or renew) the support token with the stored credentials'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and not __fish_seen_subcommand_from use-credentials print-current create-token create-tenant create-tenant-alias delete-tenant create-project create-project-alias delete-project create-developer list-tenants list-developers delete-developer create-tenant-permission delete-tenant-permission create-project-permission delete-project-permission create-stage-permission delete-stage-permission help" -f -a "create-tenant" -d 'Create a tenant. Prints its id; remembers TENANT'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and not __fish_seen_subcommand_from use-credentials print-current create-token create-tenant create-tenant-alias delete-tenant create-project create-project-alias delete-project create-developer list-tenants list-developers delete-developer create-tenant-permission delete-tenant-permission create-project-permission delete-project-permission create-stage-permission delete-stage-permission help" -f -a "create-tenant-alias" -d 'Give a tenant an alias'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and not __fish_seen_subcommand_from use-credentials print-current create-token create-tenant create-tenant-alias delete-tenant create-project create-project-alias delete-project create-developer list-tenants list-developers delete-developer create-tenant-permission delete-tenant-permission create-project-permission delete-project-permission create-stage-permission delete-stage-permission help" -f -a "delete-tenant" -d 'Delete a tenant and everything under it. Prints whether it was deleted'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and not __fish_seen_subcommand_from use-credentials print-current create-token create-tenant create-tenant-alias delete-tenant create-project create-project-alias delete-project create-developer list-tenants list-developers delete-developer create-tenant-permission delete-tenant-permission create-project-permission delete-project-permission create-stage-permission delete-stage-permission help" -f -a "create-project" -d 'Create a project with a default stage. Prints both ids; remembers PROJECT and STAGE'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and not __fish_seen_subcommand_from use-credentials print-current create-token create-tenant create-tenant-alias delete-tenant create-project create-project-alias delete-project create-developer list-tenants list-developers delete-developer create-tenant-permission delete-tenant-permission create-project-permission delete-project-permission create-stage-permission delete-stage-permission help" -f -a "create-project-alias" -d 'Give a project an alias'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and not __fish_seen_subcommand_from use-credentials print-current create-token create-tenant create-tenant-alias delete-tenant create-project create-project-alias delete-project create-developer list-tenants list-developers delete-developer create-tenant-permission delete-tenant-permission create-project-permission delete-project-permission create-stage-permission delete-stage-permission help" -f -a "delete-project" -d 'Delete a project and everything under it. Prints whether it was deleted'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and not __fish_seen_subcommand_from use-credentials print-current create-token create-tenant create-tenant-alias delete-tenant create-project create-project-alias delete-project create-developer list-tenants list-developers delete-developer create-tenant-permission delete-tenant-permission create-project-permission delete-project-permission create-stage-permission delete-stage-permission help" -f -a "create-developer" -d 'Create a developer with a generated password'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and not __fish_seen_subcommand_from use-credentials print-current create-token create-tenant create-tenant-alias delete-tenant create-project create-project-alias delete-project create-developer list-tenants list-developers delete-developer create-tenant-permission delete-tenant-permission create-project-permission delete-project-permission create-stage-permission delete-stage-permission help" -f -a "list-tenants" -d 'List the tenants, with their aliases, oldest first'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and not __fish_seen_subcommand_from use-credentials print-current create-token create-tenant create-tenant-alias delete-tenant create-project create-project-alias delete-project create-developer list-tenants list-developers delete-developer create-tenant-permission delete-tenant-permission create-project-permission delete-project-permission create-stage-permission delete-stage-permission help" -f -a "list-developers" -d 'List the developers, with how many permissions each holds, oldest first'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and not __fish_seen_subcommand_from use-credentials print-current create-token create-tenant create-tenant-alias delete-tenant create-project create-project-alias delete-project create-developer list-tenants list-developers delete-developer create-tenant-permission delete-tenant-permission create-project-permission delete-project-permission create-stage-permission delete-stage-permission help" -f -a "delete-developer" -d 'Delete a developer and its permissions. Prints whether it was deleted'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and not __fish_seen_subcommand_from use-credentials print-current create-token create-tenant create-tenant-alias delete-tenant create-project create-project-alias delete-project create-developer list-tenants list-developers delete-developer create-tenant-permission delete-tenant-permission create-project-permission delete-project-permission create-stage-permission delete-stage-permission help" -f -a "create-tenant-permission" -d 'Grant tenant permissions to a developer. Prints the newly created ones'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and not __fish_seen_subcommand_from use-credentials print-current create-token create-tenant create-tenant-alias delete-tenant create-project create-project-alias delete-project create-developer list-tenants list-developers delete-developer create-tenant-permission delete-tenant-permission create-project-permission delete-project-permission create-stage-permission delete-stage-permission help" -f -a "delete-tenant-permission" -d 'Revoke tenant permissions. Prints the deleted ones'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and not __fish_seen_subcommand_from use-credentials print-current create-token create-tenant create-tenant-alias delete-tenant create-project create-project-alias delete-project create-developer list-tenants list-developers delete-developer create-tenant-permission delete-tenant-permission create-project-permission delete-project-permission create-stage-permission delete-stage-permission help" -f -a "create-project-permission" -d 'Grant project permissions to a developer. Prints the newly created ones'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and not __fish_seen_subcommand_from use-credentials print-current create-token create-tenant create-tenant-alias delete-tenant create-project create-project-alias delete-project create-developer list-tenants list-developers delete-developer create-tenant-permission delete-tenant-permission create-project-permission delete-project-permission create-stage-permission delete-stage-permission help" -f -a "delete-project-permission" -d 'Revoke project permissions. Prints the deleted ones'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and not __fish_seen_subcommand_from use-credentials print-current create-token create-tenant create-tenant-alias delete-tenant create-project create-project-alias delete-project create-developer list-tenants list-developers delete-developer create-tenant-permission delete-tenant-permission create-project-permission delete-project-permission create-stage-permission delete-stage-permission help" -f -a "create-stage-permission" -d 'Grant stage permissions to a developer. Prints the newly created ones'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and not __fish_seen_subcommand_from use-credentials print-current create-token create-tenant create-tenant-alias delete-tenant create-project create-project-alias delete-project create-developer list-tenants list-developers delete-developer create-tenant-permission delete-tenant-permission create-project-permission delete-project-permission create-stage-permission delete-stage-permission help" -f -a "delete-stage-permission" -d 'Revoke stage permissions. Prints the deleted ones'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and not __fish_seen_subcommand_from use-credentials print-current create-token create-tenant create-tenant-alias delete-tenant create-project create-project-alias delete-project create-developer list-tenants list-developers delete-developer create-tenant-permission delete-tenant-permission create-project-permission delete-project-permission create-stage-permission delete-stage-permission help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from use-credentials" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from use-credentials" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from use-credentials" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from use-credentials" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from use-credentials" -l password-stdin -d 'Read the password from the first line of stdin'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from use-credentials" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from use-credentials" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from use-credentials" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from use-credentials" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from print-current" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from print-current" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from print-current" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from print-current" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from print-current" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from print-current" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from print-current" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from print-current" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from create-token" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from create-token" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from create-token" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from create-token" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from create-token" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from create-token" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from create-token" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from create-token" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from create-tenant" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from create-tenant" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from create-tenant" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from create-tenant" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from create-tenant" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from create-tenant" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from create-tenant" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from create-tenant" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from create-tenant-alias" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from create-tenant-alias" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from create-tenant-alias" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from create-tenant-alias" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from create-tenant-alias" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from create-tenant-alias" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from create-tenant-alias" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from create-tenant-alias" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from delete-tenant" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from delete-tenant" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from delete-tenant" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from delete-tenant" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from delete-tenant" -s y -l yes -d 'Delete without asking. Without a terminal to ask on (scripts, CI) a delete is refused unless this is given (or OMGCTL_YES=1 is set)'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from delete-tenant" -l ignore-not-found -d 'Exit 0 when there is nothing to delete (otherwise exit 3, as `kubectl delete` does)'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from delete-tenant" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from delete-tenant" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from delete-tenant" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from delete-tenant" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from create-project" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from create-project" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from create-project" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from create-project" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from create-project" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from create-project" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from create-project" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from create-project" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from create-project-alias" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from create-project-alias" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from create-project-alias" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from create-project-alias" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from create-project-alias" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from create-project-alias" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from create-project-alias" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from create-project-alias" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from delete-project" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from delete-project" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from delete-project" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from delete-project" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from delete-project" -s y -l yes -d 'Delete without asking. Without a terminal to ask on (scripts, CI) a delete is refused unless this is given (or OMGCTL_YES=1 is set)'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from delete-project" -l ignore-not-found -d 'Exit 0 when there is nothing to delete (otherwise exit 3, as `kubectl delete` does)'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from delete-project" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from delete-project" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from delete-project" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from delete-project" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from create-developer" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from create-developer" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from create-developer" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from create-developer" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from create-developer" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from create-developer" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from create-developer" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from create-developer" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from list-tenants" -l limit -d 'List at most this many' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from list-tenants" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from list-tenants" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from list-tenants" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from list-tenants" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from list-tenants" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from list-tenants" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from list-tenants" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from list-tenants" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from list-developers" -l limit -d 'List at most this many' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from list-developers" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from list-developers" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from list-developers" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from list-developers" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from list-developers" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from list-developers" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from list-developers" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from list-developers" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from delete-developer" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from delete-developer" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from delete-developer" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from delete-developer" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from delete-developer" -s y -l yes -d 'Delete without asking. Without a terminal to ask on (scripts, CI) a delete is refused unless this is given (or OMGCTL_YES=1 is set)'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from delete-developer" -l ignore-not-found -d 'Exit 0 when there is nothing to delete (otherwise exit 3, as `kubectl delete` does)'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from delete-developer" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from delete-developer" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from delete-developer" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from delete-developer" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from create-tenant-permission" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from create-tenant-permission" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from create-tenant-permission" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from create-tenant-permission" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from create-tenant-permission" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from create-tenant-permission" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from create-tenant-permission" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from create-tenant-permission" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from delete-tenant-permission" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from delete-tenant-permission" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from delete-tenant-permission" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from delete-tenant-permission" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from delete-tenant-permission" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from delete-tenant-permission" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from delete-tenant-permission" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from delete-tenant-permission" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from create-project-permission" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from create-project-permission" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from create-project-permission" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from create-project-permission" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from create-project-permission" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from create-project-permission" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from create-project-permission" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from create-project-permission" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from delete-project-permission" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from delete-project-permission" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from delete-project-permission" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from delete-project-permission" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from delete-project-permission" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from delete-project-permission" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from delete-project-permission" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from delete-project-permission" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from create-stage-permission" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from create-stage-permission" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from create-stage-permission" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from create-stage-permission" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from create-stage-permission" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from create-stage-permission" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from create-stage-permission" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from create-stage-permission" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from delete-stage-permission" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from delete-stage-permission" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from delete-stage-permission" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from delete-stage-permission" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from delete-stage-permission" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from delete-stage-permission" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from delete-stage-permission" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from delete-stage-permission" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from help" -f -a "use-credentials" -d 'Store support credentials for this environment and create a token with them'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from help" -f -a "print-current" -d 'Show the support user and where its credentials come from'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from help" -f -a "create-token" -d 'Create (or renew) the support token with the stored credentials'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from help" -f -a "create-tenant" -d 'Create a tenant. Prints its id; remembers TENANT'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from help" -f -a "create-tenant-alias" -d 'Give a tenant an alias'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from help" -f -a "delete-tenant" -d 'Delete a tenant and everything under it. Prints whether it was deleted'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from help" -f -a "create-project" -d 'Create a project with a default stage. Prints both ids; remembers PROJECT and STAGE'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from help" -f -a "create-project-alias" -d 'Give a project an alias'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from help" -f -a "delete-project" -d 'Delete a project and everything under it. Prints whether it was deleted'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from help" -f -a "create-developer" -d 'Create a developer with a generated password'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from help" -f -a "list-tenants" -d 'List the tenants, with their aliases, oldest first'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from help" -f -a "list-developers" -d 'List the developers, with how many permissions each holds, oldest first'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from help" -f -a "delete-developer" -d 'Delete a developer and its permissions. Prints whether it was deleted'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from help" -f -a "create-tenant-permission" -d 'Grant tenant permissions to a developer. Prints the newly created ones'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from help" -f -a "delete-tenant-permission" -d 'Revoke tenant permissions. Prints the deleted ones'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from help" -f -a "create-project-permission" -d 'Grant project permissions to a developer. Prints the newly created ones'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from help" -f -a "delete-project-permission" -d 'Revoke project permissions. Prints the deleted ones'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from help" -f -a "create-stage-permission" -d 'Grant stage permissions to a developer. Prints the newly created ones'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from help" -f -a "delete-stage-permission" -d 'Revoke stage permissions. Prints the deleted ones'
complete -c omgctl -n "__fish_omgctl_using_subcommand support; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and not __fish_seen_subcommand_from use-credentials print-current create-token get-tenant-details create-project create-project-alias list-projects list-stages list-versions list-deployments list-runtimes get-project-details delete-project create-stage create-stage-alias get-stage-details delete-stage create-version upload-files-archive get-build-log get-version-details delete-version deploy-version get-deployment-details get-deployment-runtimes get-stage-status list-clients get-deployment-events rollback get-runtime-logs delete-deployment create-lobby-request delete-lobby create-matchmaker-request delete-matchmaker help" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and not __fish_seen_subcommand_from use-credentials print-current create-token get-tenant-details create-project create-project-alias list-projects list-stages list-versions list-deployments list-runtimes get-project-details delete-project create-stage create-stage-alias get-stage-details delete-stage create-version upload-files-archive get-build-log get-version-details delete-version deploy-version get-deployment-details get-deployment-runtimes get-stage-status list-clients get-deployment-events rollback get-runtime-logs delete-deployment create-lobby-request delete-lobby create-matchmaker-request delete-matchmaker help" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and not __fish_seen_subcommand_from use-credentials print-current create-token get-tenant-details create-project create-project-alias list-projects list-stages list-versions list-deployments list-runtimes get-project-details delete-project create-stage create-stage-alias get-stage-details delete-stage create-version upload-files-archive get-build-log get-version-details delete-version deploy-version get-deployment-details get-deployment-runtimes get-stage-status list-clients get-deployment-events rollback get-runtime-logs delete-deployment create-lobby-request delete-lobby create-matchmaker-request delete-matchmaker help" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and not __fish_seen_subcommand_from use-credentials print-current create-token get-tenant-details create-project create-project-alias list-projects list-stages list-versions list-deployments list-runtimes get-project-details delete-project create-stage create-stage-alias get-stage-details delete-stage create-version upload-files-archive get-build-log get-version-details delete-version deploy-version get-deployment-details get-deployment-runtimes get-stage-status list-clients get-deployment-events rollback get-runtime-logs delete-deployment create-lobby-request delete-lobby create-matchmaker-request delete-matchmaker help" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and not __fish_seen_subcommand_from use-credentials print-current create-token get-tenant-details create-project create-project-alias list-projects list-stages list-versions list-deployments list-runtimes get-project-details delete-project create-stage create-stage-alias get-stage-details delete-stage create-version upload-files-archive get-build-log get-version-details delete-version deploy-version get-deployment-details get-deployment-runtimes get-stage-status list-clients get-deployment-events rollback get-runtime-logs delete-deployment create-lobby-request delete-lobby create-matchmaker-request delete-matchmaker help" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and not __fish_seen_subcommand_from use-credentials print-current create-token get-tenant-details create-project create-project-alias list-projects list-stages list-versions list-deployments list-runtimes get-project-details delete-project create-stage create-stage-alias get-stage-details delete-stage create-version upload-files-archive get-build-log get-version-details delete-version deploy-version get-deployment-details get-deployment-runtimes get-stage-status list-clients get-deployment-events rollback get-runtime-logs delete-deployment create-lobby-request delete-lobby create-matchmaker-request delete-matchmaker help" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and not __fish_seen_subcommand_from use-credentials print-current create-token get-tenant-details create-project create-project-alias list-projects list-stages list-versions list-deployments list-runtimes get-project-details delete-project create-stage create-stage-alias get-stage-details delete-stage create-version upload-files-archive get-build-log get-version-details delete-version deploy-version get-deployment-details get-deployment-runtimes get-stage-status list-clients get-deployment-events rollback get-runtime-logs delete-deployment create-lobby-request delete-lobby create-matchmaker-request delete-matchmaker help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and not __fish_seen_subcommand_from use-credentials print-current create-token get-tenant-details create-project create-project-alias list-projects list-stages list-versions list-deployments list-runtimes get-project-details delete-project create-stage create-stage-alias get-stage-details delete-stage create-version upload-files-archive get-build-log get-version-details delete-version deploy-version get-deployment-details get-deployment-runtimes get-stage-status list-clients get-deployment-events rollback get-runtime-logs delete-deployment create-lobby-request delete-lobby create-matchmaker-request delete-matchmaker help" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and not __fish_seen_subcommand_from use-credentials print-current create-token get-tenant-details create-project create-project-alias list-projects list-stages list-versions list-deployments list-runtimes get-project-details delete-project create-stage create-stage-alias get-stage-details delete-stage create-version upload-files-archive get-build-log get-version-details delete-version deploy-version get-deployment-details get-deployment-runtimes get-stage-status list-clients get-deployment-events rollback get-runtime-logs delete-deployment create-lobby-request delete-lobby create-matchmaker-request delete-matchmaker help" -f -a "use-credentials" -d 'Store developer credentials (numeric user id and password) and create a token with them'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and not __fish_seen_subcommand_from use-credentials print-current create-token get-tenant-details create-project create-project-alias list-projects list-stages list-versions list-deployments list-runtimes get-project-details delete-project create-stage create-stage-alias get-stage-details delete-stage create-version upload-files-archive get-build-log get-version-details delete-version deploy-version get-deployment-details get-deployment-runtimes get-stage-status list-clients get-deployment-events rollback get-runtime-logs delete-deployment create-lobby-request delete-lobby create-matchmaker-request delete-matchmaker help" -f -a "print-current" -d 'Show the developer user and where its credentials come from'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and not __fish_seen_subcommand_from use-credentials print-current create-token get-tenant-details create-project create-project-alias list-projects list-stages list-versions list-deployments list-runtimes get-project-details delete-project create-stage create-stage-alias get-stage-details delete-stage create-version upload-files-archive get-build-log get-version-details delete-version deploy-version get-deployment-details get-deployment-runtimes get-stage-status list-clients get-deployment-events rollback get-runtime-logs delete-deployment create-lobby-request delete-lobby create-matchmaker-request delete-matchmaker help" -f -a "create-token" -d 'Create (or renew) the developer token with the stored credentials'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and not __fish_seen_subcommand_from use-credentials print-current create-token get-tenant-details create-project create-project-alias list-projects list-stages list-versions list-deployments list-runtimes get-project-details delete-project create-stage create-stage-alias get-stage-details delete-stage create-version upload-files-archive get-build-log get-version-details delete-version deploy-version get-deployment-details get-deployment-runtimes get-stage-status list-clients get-deployment-events rollback get-runtime-logs delete-deployment create-lobby-request delete-lobby create-matchmaker-request delete-matchmaker help" -f -a "get-tenant-details" -d 'Show a tenant: its permissions and projects'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and not __fish_seen_subcommand_from use-credentials print-current create-token get-tenant-details create-project create-project-alias list-projects list-stages list-versions list-deployments list-runtimes get-project-details delete-project create-stage create-stage-alias get-stage-details delete-stage create-version upload-files-archive get-build-log get-version-details delete-version deploy-version get-deployment-details get-deployment-runtimes get-stage-status list-clients get-deployment-events rollback get-runtime-logs delete-deployment create-lobby-request delete-lobby create-matchmaker-request delete-matchmaker help" -f -a "create-project" -d 'Create a project with a default stage. Prints both ids; remembers PROJECT and STAGE'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and not __fish_seen_subcommand_from use-credentials print-current create-token get-tenant-details create-project create-project-alias list-projects list-stages list-versions list-deployments list-runtimes get-project-details delete-project create-stage create-stage-alias get-stage-details delete-stage create-version upload-files-archive get-build-log get-version-details delete-version deploy-version get-deployment-details get-deployment-runtimes get-stage-status list-clients get-deployment-events rollback get-runtime-logs delete-deployment create-lobby-request delete-lobby create-matchmaker-request delete-matchmaker help" -f -a "create-project-alias" -d 'Give a project an alias'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and not __fish_seen_subcommand_from use-credentials print-current create-token get-tenant-details create-project create-project-alias list-projects list-stages list-versions list-deployments list-runtimes get-project-details delete-project create-stage create-stage-alias get-stage-details delete-stage create-version upload-files-archive get-build-log get-version-details delete-version deploy-version get-deployment-details get-deployment-runtimes get-stage-status list-clients get-deployment-events rollback get-runtime-logs delete-deployment create-lobby-request delete-lobby create-matchmaker-request delete-matchmaker help" -f -a "list-projects" -d 'List a tenant\'s projects, oldest first, with their aliases and how many stages and versions each has'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and not __fish_seen_subcommand_from use-credentials print-current create-token get-tenant-details create-project create-project-alias list-projects list-stages list-versions list-deployments list-runtimes get-project-details delete-project create-stage create-stage-alias get-stage-details delete-stage create-version upload-files-archive get-build-log get-version-details delete-version deploy-version get-deployment-details get-deployment-runtimes get-stage-status list-clients get-deployment-events rollback get-runtime-logs delete-deployment create-lobby-request delete-lobby create-matchmaker-request delete-matchmaker help" -f -a "list-stages" -d 'List a project\'s stages, oldest first, with their aliases, deployments and the newest deployment (the one new players join)'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and not __fish_seen_subcommand_from use-credentials print-current create-token get-tenant-details create-project create-project-alias list-projects list-stages list-versions list-deployments list-runtimes get-project-details delete-project create-stage create-stage-alias get-stage-details delete-stage create-version upload-files-archive get-build-log get-version-details delete-version deploy-version get-deployment-details get-deployment-runtimes get-stage-status list-clients get-deployment-events rollback get-runtime-logs delete-deployment create-lobby-request delete-lobby create-matchmaker-request delete-matchmaker help" -f -a "list-versions" -d 'List a project\'s versions, oldest first: the state of each one\'s newest build, its images, and how many deployments run it'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and not __fish_seen_subcommand_from use-credentials print-current create-token get-tenant-details create-project create-project-alias list-projects list-stages list-versions list-deployments list-runtimes get-project-details delete-project create-stage create-stage-alias get-stage-details delete-stage create-version upload-files-archive get-build-log get-version-details delete-version deploy-version get-deployment-details get-deployment-runtimes get-stage-status list-clients get-deployment-events rollback get-runtime-logs delete-deployment create-lobby-request delete-lobby create-matchmaker-request delete-matchmaker help" -f -a "list-deployments" -d 'List a stage\'s deployments, oldest first (the last is the newest): version, state, runtimes and clients, and why one FAILED'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and not __fish_seen_subcommand_from use-credentials print-current create-token get-tenant-details create-project create-project-alias list-projects list-stages list-versions list-deployments list-runtimes get-project-details delete-project create-stage create-stage-alias get-stage-details delete-stage create-version upload-files-archive get-build-log get-version-details delete-version deploy-version get-deployment-details get-deployment-runtimes get-stage-status list-clients get-deployment-events rollback get-runtime-logs delete-deployment create-lobby-request delete-lobby create-matchmaker-request delete-matchmaker help" -f -a "list-runtimes" -d 'List a stage\'s runtimes — its lobbies and matches — oldest first: status (and why it is not running), the mode a match plays, clients, starts and failures'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and not __fish_seen_subcommand_from use-credentials print-current create-token get-tenant-details create-project create-project-alias list-projects list-stages list-versions list-deployments list-runtimes get-project-details delete-project create-stage create-stage-alias get-stage-details delete-stage create-version upload-files-archive get-build-log get-version-details delete-version deploy-version get-deployment-details get-deployment-runtimes get-stage-status list-clients get-deployment-events rollback get-runtime-logs delete-deployment create-lobby-request delete-lobby create-matchmaker-request delete-matchmaker help" -f -a "get-project-details" -d 'Show a project: its permissions, stages and versions'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and not __fish_seen_subcommand_from use-credentials print-current create-token get-tenant-details create-project create-project-alias list-projects list-stages list-versions list-deployments list-runtimes get-project-details delete-project create-stage create-stage-alias get-stage-details delete-stage create-version upload-files-archive get-build-log get-version-details delete-version deploy-version get-deployment-details get-deployment-runtimes get-stage-status list-clients get-deployment-events rollback get-runtime-logs delete-deployment create-lobby-request delete-lobby create-matchmaker-request delete-matchmaker help" -f -a "delete-project" -d 'Delete a project and everything under it. Prints whether it was deleted'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and not __fish_seen_subcommand_from use-credentials print-current create-token get-tenant-details create-project create-project-alias list-projects list-stages list-versions list-deployments list-runtimes get-project-details delete-project create-stage create-stage-alias get-stage-details delete-stage create-version upload-files-archive get-build-log get-version-details delete-version deploy-version get-deployment-details get-deployment-runtimes get-stage-status list-clients get-deployment-events rollback get-runtime-logs delete-deployment create-lobby-request delete-lobby create-matchmaker-request delete-matchmaker help" -f -a "create-stage" -d 'Create a stage. Prints its id; remembers STAGE'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and not __fish_seen_subcommand_from use-credentials print-current create-token get-tenant-details create-project create-project-alias list-projects list-stages list-versions list-deployments list-runtimes get-project-details delete-project create-stage create-stage-alias get-stage-details delete-stage create-version upload-files-archive get-build-log get-version-details delete-version deploy-version get-deployment-details get-deployment-runtimes get-stage-status list-clients get-deployment-events rollback get-runtime-logs delete-deployment create-lobby-request delete-lobby create-matchmaker-request delete-matchmaker help" -f -a "create-stage-alias" -d 'Give a stage an alias'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and not __fish_seen_subcommand_from use-credentials print-current create-token get-tenant-details create-project create-project-alias list-projects list-stages list-versions list-deployments list-runtimes get-project-details delete-project create-stage create-stage-alias get-stage-details delete-stage create-version upload-files-archive get-build-log get-version-details delete-version deploy-version get-deployment-details get-deployment-runtimes get-stage-status list-clients get-deployment-events rollback get-runtime-logs delete-deployment create-lobby-request delete-lobby create-matchmaker-request delete-matchmaker help" -f -a "get-stage-details" -d 'Show a stage: its permissions and deployments'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and not __fish_seen_subcommand_from use-credentials print-current create-token get-tenant-details create-project create-project-alias list-projects list-stages list-versions list-deployments list-runtimes get-project-details delete-project create-stage create-stage-alias get-stage-details delete-stage create-version upload-files-archive get-build-log get-version-details delete-version deploy-version get-deployment-details get-deployment-runtimes get-stage-status list-clients get-deployment-events rollback get-runtime-logs delete-deployment create-lobby-request delete-lobby create-matchmaker-request delete-matchmaker help" -f -a "delete-stage" -d 'Delete a stage and its deployments. Prints whether it was deleted'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and not __fish_seen_subcommand_from use-credentials print-current create-token get-tenant-details create-project create-project-alias list-projects list-stages list-versions list-deployments list-runtimes get-project-details delete-project create-stage create-stage-alias get-stage-details delete-stage create-version upload-files-archive get-build-log get-version-details delete-version deploy-version get-deployment-details get-deployment-runtimes get-stage-status list-clients get-deployment-events rollback get-runtime-logs delete-deployment create-lobby-request delete-lobby create-matchmaker-request delete-matchmaker help" -f -a "create-version" -d 'Create a version from a version config JSON file. Prints its id; remembers VERSION'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and not __fish_seen_subcommand_from use-credentials print-current create-token get-tenant-details create-project create-project-alias list-projects list-stages list-versions list-deployments list-runtimes get-project-details delete-project create-stage create-stage-alias get-stage-details delete-stage create-version upload-files-archive get-build-log get-version-details delete-version deploy-version get-deployment-details get-deployment-runtimes get-stage-status list-clients get-deployment-events rollback get-runtime-logs delete-deployment create-lobby-request delete-lobby create-matchmaker-request delete-matchmaker help" -f -a "upload-files-archive" -d 'Pack a directory and upload it as the version\'s files archive (the server builds an image)'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and not __fish_seen_subcommand_from use-credentials print-current create-token get-tenant-details create-project create-project-alias list-projects list-stages list-versions list-deployments list-runtimes get-project-details delete-project create-stage create-stage-alias get-stage-details delete-stage create-version upload-files-archive get-build-log get-version-details delete-version deploy-version get-deployment-details get-deployment-runtimes get-stage-status list-clients get-deployment-events rollback get-runtime-logs delete-deployment create-lobby-request delete-lobby create-matchmaker-request delete-matchmaker help" -f -a "get-build-log" -d 'Show a build of an uploaded files archive: its state and log'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and not __fish_seen_subcommand_from use-credentials print-current create-token get-tenant-details create-project create-project-alias list-projects list-stages list-versions list-deployments list-runtimes get-project-details delete-project create-stage create-stage-alias get-stage-details delete-stage create-version upload-files-archive get-build-log get-version-details delete-version deploy-version get-deployment-details get-deployment-runtimes get-stage-status list-clients get-deployment-events rollback get-runtime-logs delete-deployment create-lobby-request delete-lobby create-matchmaker-request delete-matchmaker help" -f -a "get-version-details" -d 'Show a version: its build requests and images'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and not __fish_seen_subcommand_from use-credentials print-current create-token get-tenant-details create-project create-project-alias list-projects list-stages list-versions list-deployments list-runtimes get-project-details delete-project create-stage create-stage-alias get-stage-details delete-stage create-version upload-files-archive get-build-log get-version-details delete-version deploy-version get-deployment-details get-deployment-runtimes get-stage-status list-clients get-deployment-events rollback get-runtime-logs delete-deployment create-lobby-request delete-lobby create-matchmaker-request delete-matchmaker help" -f -a "delete-version" -d 'Delete a version no deployment uses. Prints whether it was deleted'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and not __fish_seen_subcommand_from use-credentials print-current create-token get-tenant-details create-project create-project-alias list-projects list-stages list-versions list-deployments list-runtimes get-project-details delete-project create-stage create-stage-alias get-stage-details delete-stage create-version upload-files-archive get-build-log get-version-details delete-version deploy-version get-deployment-details get-deployment-runtimes get-stage-status list-clients get-deployment-events rollback get-runtime-logs delete-deployment create-lobby-request delete-lobby create-matchmaker-request delete-matchmaker help" -f -a "deploy-version" -d 'Deploy a version (it needs an image) to a stage. Prints the deployment id; remembers DEPLOYMENT'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and not __fish_seen_subcommand_from use-credentials print-current create-token get-tenant-details create-project create-project-alias list-projects list-stages list-versions list-deployments list-runtimes get-project-details delete-project create-stage create-stage-alias get-stage-details delete-stage create-version upload-files-archive get-build-log get-version-details delete-version deploy-version get-deployment-details get-deployment-runtimes get-stage-status list-clients get-deployment-events rollback get-runtime-logs delete-deployment create-lobby-request delete-lobby create-matchmaker-request delete-matchmaker help" -f -a "get-deployment-details" -d 'Show a deployment: its lobbies and matchmakers'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and not __fish_seen_subcommand_from use-credentials print-current create-token get-tenant-details create-project create-project-alias list-projects list-stages list-versions list-deployments list-runtimes get-project-details delete-project create-stage create-stage-alias get-stage-details delete-stage create-version upload-files-archive get-build-log get-version-details delete-version deploy-version get-deployment-details get-deployment-runtimes get-stage-status list-clients get-deployment-events rollback get-runtime-logs delete-deployment create-lobby-request delete-lobby create-matchmaker-request delete-matchmaker help" -f -a "get-deployment-runtimes" -d 'Show a deployment\'s runtimes (lobby and matches) and where each stands'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and not __fish_seen_subcommand_from use-credentials print-current create-token get-tenant-details create-project create-project-alias list-projects list-stages list-versions list-deployments list-runtimes get-project-details delete-project create-stage create-stage-alias get-stage-details delete-stage create-version upload-files-archive get-build-log get-version-details delete-version deploy-version get-deployment-details get-deployment-runtimes get-stage-status list-clients get-deployment-events rollback get-runtime-logs delete-deployment create-lobby-request delete-lobby create-matchmaker-request delete-matchmaker help" -f -a "get-stage-status" -d 'Show what runs in a stage now, as `fly status` does: its deployments with their runtimes by status, lobbies and matches (runtime status, mode, players) and the matchmaking queue'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and not __fish_seen_subcommand_from use-credentials print-current create-token get-tenant-details create-project create-project-alias list-projects list-stages list-versions list-deployments list-runtimes get-project-details delete-project create-stage create-stage-alias get-stage-details delete-stage create-version upload-files-archive get-build-log get-version-details delete-version deploy-version get-deployment-details get-deployment-runtimes get-stage-status list-clients get-deployment-events rollback get-runtime-logs delete-deployment create-lobby-request delete-lobby create-matchmaker-request delete-matchmaker help" -f -a "list-clients" -d 'List a stage\'s connected clients: player, deployment, state, runtime, last activity'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and not __fish_seen_subcommand_from use-credentials print-current create-token get-tenant-details create-project create-project-alias list-projects list-stages list-versions list-deployments list-runtimes get-project-details delete-project create-stage create-stage-alias get-stage-details delete-stage create-version upload-files-archive get-build-log get-version-details delete-version deploy-version get-deployment-details get-deployment-runtimes get-stage-status list-clients get-deployment-events rollback get-runtime-logs delete-deployment create-lobby-request delete-lobby create-matchmaker-request delete-matchmaker help" -f -a "get-deployment-events" -d 'Show a deployment\'s events, oldest first: runtime starts, failures, backoff, waits, and the rollout\'s outcome (as `kubectl describe` shows events)'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and not __fish_seen_subcommand_from use-credentials print-current create-token get-tenant-details create-project create-project-alias list-projects list-stages list-versions list-deployments list-runtimes get-project-details delete-project create-stage create-stage-alias get-stage-details delete-stage create-version upload-files-archive get-build-log get-version-details delete-version deploy-version get-deployment-details get-deployment-runtimes get-stage-status list-clients get-deployment-events rollback get-runtime-logs delete-deployment create-lobby-request delete-lobby create-matchmaker-request delete-matchmaker help" -f -a "rollback" -d 'Deploy a stage\'s previous version again: the version of the newest deployment older than the one serving the stage, or the version --to-version names (needed once the previous deployment drained away: `omgctl developer get-project-details` lists the versions). Takes --wait and --timeout as deploy-version does'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and not __fish_seen_subcommand_from use-credentials print-current create-token get-tenant-details create-project create-project-alias list-projects list-stages list-versions list-deployments list-runtimes get-project-details delete-project create-stage create-stage-alias get-stage-details delete-stage create-version upload-files-archive get-build-log get-version-details delete-version deploy-version get-deployment-details get-deployment-runtimes get-stage-status list-clients get-deployment-events rollback get-runtime-logs delete-deployment create-lobby-request delete-lobby create-matchmaker-request delete-matchmaker help" -f -a "get-runtime-logs" -d 'Print the recent output of a runtime\'s container, as it is, on stdout'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and not __fish_seen_subcommand_from use-credentials print-current create-token get-tenant-details create-project create-project-alias list-projects list-stages list-versions list-deployments list-runtimes get-project-details delete-project create-stage create-stage-alias get-stage-details delete-stage create-version upload-files-archive get-build-log get-version-details delete-version deploy-version get-deployment-details get-deployment-runtimes get-stage-status list-clients get-deployment-events rollback get-runtime-logs delete-deployment create-lobby-request delete-lobby create-matchmaker-request delete-matchmaker help" -f -a "delete-deployment" -d 'Delete a deployment. Prints whether it was deleted'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and not __fish_seen_subcommand_from use-credentials print-current create-token get-tenant-details create-project create-project-alias list-projects list-stages list-versions list-deployments list-runtimes get-project-details delete-project create-stage create-stage-alias get-stage-details delete-stage create-version upload-files-archive get-build-log get-version-details delete-version deploy-version get-deployment-details get-deployment-runtimes get-stage-status list-clients get-deployment-events rollback get-runtime-logs delete-deployment create-lobby-request delete-lobby create-matchmaker-request delete-matchmaker help" -f -a "create-lobby-request" -d 'Add one more lobby to a deployment'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and not __fish_seen_subcommand_from use-credentials print-current create-token get-tenant-details create-project create-project-alias list-projects list-stages list-versions list-deployments list-runtimes get-project-details delete-project create-stage create-stage-alias get-stage-details delete-stage create-version upload-files-archive get-build-log get-version-details delete-version deploy-version get-deployment-details get-deployment-runtimes get-stage-status list-clients get-deployment-events rollback get-runtime-logs delete-deployment create-lobby-request delete-lobby create-matchmaker-request delete-matchmaker help" -f -a "delete-lobby" -d 'Delete a lobby. Prints whether it was deleted'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and not __fish_seen_subcommand_from use-credentials print-current create-token get-tenant-details create-project create-project-alias list-projects list-stages list-versions list-deployments list-runtimes get-project-details delete-project create-stage create-stage-alias get-stage-details delete-stage create-version upload-files-archive get-build-log get-version-details delete-version deploy-version get-deployment-details get-deployment-runtimes get-stage-status list-clients get-deployment-events rollback get-runtime-logs delete-deployment create-lobby-request delete-lobby create-matchmaker-request delete-matchmaker help" -f -a "create-matchmaker-request" -d 'Add one more matchmaker to a deployment'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and not __fish_seen_subcommand_from use-credentials print-current create-token get-tenant-details create-project create-project-alias list-projects list-stages list-versions list-deployments list-runtimes get-project-details delete-project create-stage create-stage-alias get-stage-details delete-stage create-version upload-files-archive get-build-log get-version-details delete-version deploy-version get-deployment-details get-deployment-runtimes get-stage-status list-clients get-deployment-events rollback get-runtime-logs delete-deployment create-lobby-request delete-lobby create-matchmaker-request delete-matchmaker help" -f -a "delete-matchmaker" -d 'Delete a matchmaker. Prints whether it was deleted'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and not __fish_seen_subcommand_from use-credentials print-current create-token get-tenant-details create-project create-project-alias list-projects list-stages list-versions list-deployments list-runtimes get-project-details delete-project create-stage create-stage-alias get-stage-details delete-stage create-version upload-files-archive get-build-log get-version-details delete-version deploy-version get-deployment-details get-deployment-runtimes get-stage-status list-clients get-deployment-events rollback get-runtime-logs delete-deployment create-lobby-request delete-lobby create-matchmaker-request delete-matchmaker help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from use-credentials" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from use-credentials" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from use-credentials" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from use-credentials" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from use-credentials" -l password-stdin -d 'Read the password from the first line of stdin'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from use-credentials" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from use-credentials" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from use-credentials" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from use-credentials" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from print-current" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from print-current" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from print-current" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from print-current" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from print-current" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from print-current" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from print-current" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from print-current" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from create-token" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from create-token" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from create-token" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from create-token" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from create-token" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from create-token" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from create-token" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from create-token" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-tenant-details" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-tenant-details" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-tenant-details" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-tenant-details" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-tenant-details" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-tenant-details" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-tenant-details" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-tenant-details" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from create-project" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from create-project" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from create-project" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from create-project" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from create-project" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from create-project" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from create-project" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from create-project" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from create-project-alias" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from create-project-alias" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from create-project-alias" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from create-project-alias" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from create-project-alias" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from create-project-alias" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from create-project-alias" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from create-project-alias" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from list-projects" -l limit -d 'List at most this many' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from list-projects" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from list-projects" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from list-projects" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from list-projects" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from list-projects" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from list-projects" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from list-projects" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from list-projects" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from list-stages" -l limit -d 'List at most this many' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from list-stages" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from list-stages" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from list-stages" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from list-stages" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from list-stages" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from list-stages" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from list-stages" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from list-stages" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from list-versions" -l limit -d 'List at most this many' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from list-versions" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from list-versions" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from list-versions" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from list-versions" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from list-versions" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from list-versions" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from list-versions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from list-versions" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from list-deployments" -l limit -d 'List at most this many' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from list-deployments" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from list-deployments" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from list-deployments" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from list-deployments" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from list-deployments" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from list-deployments" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from list-deployments" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from list-deployments" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from list-runtimes" -l deployment -d 'Only this deployment\'s runtimes' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from list-runtimes" -l limit -d 'List at most this many' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from list-runtimes" -l interval -d 'How often --watch prints, e.g. 2s, 500ms' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from list-runtimes" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from list-runtimes" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from list-runtimes" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from list-runtimes" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from list-runtimes" -l lobbies -d 'Only lobbies'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from list-runtimes" -l matches -d 'Only matches'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from list-runtimes" -s w -l watch -d 'Print the list again every --interval until interrupted'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from list-runtimes" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from list-runtimes" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from list-runtimes" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from list-runtimes" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-project-details" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-project-details" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-project-details" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-project-details" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-project-details" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-project-details" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-project-details" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-project-details" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from delete-project" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from delete-project" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from delete-project" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from delete-project" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from delete-project" -s y -l yes -d 'Delete without asking. Without a terminal to ask on (scripts, CI) a delete is refused unless this is given (or OMGCTL_YES=1 is set)'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from delete-project" -l ignore-not-found -d 'Exit 0 when there is nothing to delete (otherwise exit 3, as `kubectl delete` does)'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from delete-project" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from delete-project" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from delete-project" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from delete-project" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from create-stage" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from create-stage" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from create-stage" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from create-stage" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from create-stage" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from create-stage" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from create-stage" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from create-stage" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from create-stage-alias" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from create-stage-alias" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from create-stage-alias" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from create-stage-alias" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from create-stage-alias" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from create-stage-alias" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from create-stage-alias" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from create-stage-alias" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-stage-details" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-stage-details" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-stage-details" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-stage-details" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-stage-details" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-stage-details" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-stage-details" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-stage-details" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from delete-stage" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from delete-stage" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from delete-stage" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from delete-stage" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from delete-stage" -s y -l yes -d 'Delete without asking. Without a terminal to ask on (scripts, CI) a delete is refused unless this is given (or OMGCTL_YES=1 is set)'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from delete-stage" -l ignore-not-found -d 'Exit 0 when there is nothing to delete (otherwise exit 3, as `kubectl delete` does)'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from delete-stage" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from delete-stage" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from delete-stage" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from delete-stage" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from create-version" -l timeout -d 'How long --wait waits, e.g. 90s, 5m' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from create-version" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from create-version" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from create-version" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from create-version" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from create-version" -l wait -d 'After creating the version, wait until it has an image'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from create-version" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from create-version" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from create-version" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from create-version" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from upload-files-archive" -l format -d 'Archive format' -r -f -a "tar-gz\t'gzip-compressed tar (what omgservers builds from)'
zip\t'zip (upstream\'s format; accepted by omgservers too)'"
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from upload-files-archive" -l timeout -d 'How long --wait follows the build, e.g. 90s, 5m' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from upload-files-archive" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from upload-files-archive" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from upload-files-archive" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from upload-files-archive" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from upload-files-archive" -l wait -d 'Follow the build until it succeeds or fails'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from upload-files-archive" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from upload-files-archive" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from upload-files-archive" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from upload-files-archive" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-build-log" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-build-log" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-build-log" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-build-log" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-build-log" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-build-log" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-build-log" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-build-log" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-version-details" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-version-details" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-version-details" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-version-details" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-version-details" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-version-details" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-version-details" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-version-details" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from delete-version" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from delete-version" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from delete-version" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from delete-version" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from delete-version" -s y -l yes -d 'Delete without asking. Without a terminal to ask on (scripts, CI) a delete is refused unless this is given (or OMGCTL_YES=1 is set)'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from delete-version" -l ignore-not-found -d 'Exit 0 when there is nothing to delete (otherwise exit 3, as `kubectl delete` does)'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from delete-version" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from delete-version" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from delete-version" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from delete-version" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from deploy-version" -l timeout -d 'How long --wait waits in all, e.g. 90s, 5m' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from deploy-version" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from deploy-version" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from deploy-version" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from deploy-version" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from deploy-version" -l wait -d 'Wait for the version\'s image, deploy, then wait until the deployment is READY'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from deploy-version" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from deploy-version" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from deploy-version" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from deploy-version" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-deployment-details" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-deployment-details" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-deployment-details" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-deployment-details" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-deployment-details" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-deployment-details" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-deployment-details" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-deployment-details" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-deployment-runtimes" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-deployment-runtimes" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-deployment-runtimes" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-deployment-runtimes" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-deployment-runtimes" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-deployment-runtimes" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-deployment-runtimes" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-deployment-runtimes" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-stage-status" -l interval -d 'How often --watch prints, e.g. 2s, 500ms' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-stage-status" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-stage-status" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-stage-status" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-stage-status" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-stage-status" -s w -l watch -d 'Print the status again every --interval until interrupted'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-stage-status" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-stage-status" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-stage-status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-stage-status" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from list-clients" -l user -d 'Only this player\'s clients (user id)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from list-clients" -l limit -d 'List at most this many' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from list-clients" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from list-clients" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from list-clients" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from list-clients" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from list-clients" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from list-clients" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from list-clients" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from list-clients" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-deployment-events" -s n -l limit -d 'How many of the newest events to show (the server\'s default: 50; at most 200)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-deployment-events" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-deployment-events" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-deployment-events" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-deployment-events" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-deployment-events" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-deployment-events" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-deployment-events" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-deployment-events" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from rollback" -l to-version -d 'The version to go back to' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from rollback" -l timeout -d 'How long --wait waits, e.g. 90s, 5m' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from rollback" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from rollback" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from rollback" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from rollback" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from rollback" -l wait -d 'Follow the new deployment until it is READY, as deploy-version --wait'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from rollback" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from rollback" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from rollback" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from rollback" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-runtime-logs" -s n -l tail -d 'How many of the last lines to print (the server\'s default: 200; at most 10000)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-runtime-logs" -l since -d 'Only what was written since: a duration ago (10m, 1h30m) or an ISO-8601 instant' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-runtime-logs" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-runtime-logs" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-runtime-logs" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-runtime-logs" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-runtime-logs" -s t -l timestamps -d 'Start each line with the instant it was written'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-runtime-logs" -s f -l follow -d 'Keep printing new output (looks every second) until interrupted'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-runtime-logs" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-runtime-logs" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-runtime-logs" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from get-runtime-logs" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from delete-deployment" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from delete-deployment" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from delete-deployment" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from delete-deployment" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from delete-deployment" -s y -l yes -d 'Delete without asking. Without a terminal to ask on (scripts, CI) a delete is refused unless this is given (or OMGCTL_YES=1 is set)'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from delete-deployment" -l ignore-not-found -d 'Exit 0 when there is nothing to delete (otherwise exit 3, as `kubectl delete` does)'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from delete-deployment" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from delete-deployment" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from delete-deployment" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from delete-deployment" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from create-lobby-request" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from create-lobby-request" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from create-lobby-request" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from create-lobby-request" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from create-lobby-request" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from create-lobby-request" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from create-lobby-request" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from create-lobby-request" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from delete-lobby" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from delete-lobby" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from delete-lobby" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from delete-lobby" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from delete-lobby" -s y -l yes -d 'Delete without asking. Without a terminal to ask on (scripts, CI) a delete is refused unless this is given (or OMGCTL_YES=1 is set)'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from delete-lobby" -l ignore-not-found -d 'Exit 0 when there is nothing to delete (otherwise exit 3, as `kubectl delete` does)'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from delete-lobby" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from delete-lobby" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from delete-lobby" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from delete-lobby" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from create-matchmaker-request" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from create-matchmaker-request" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from create-matchmaker-request" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from create-matchmaker-request" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from create-matchmaker-request" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from create-matchmaker-request" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from create-matchmaker-request" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from create-matchmaker-request" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from delete-matchmaker" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from delete-matchmaker" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from delete-matchmaker" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from delete-matchmaker" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from delete-matchmaker" -s y -l yes -d 'Delete without asking. Without a terminal to ask on (scripts, CI) a delete is refused unless this is given (or OMGCTL_YES=1 is set)'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from delete-matchmaker" -l ignore-not-found -d 'Exit 0 when there is nothing to delete (otherwise exit 3, as `kubectl delete` does)'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from delete-matchmaker" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from delete-matchmaker" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from delete-matchmaker" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from delete-matchmaker" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from help" -f -a "use-credentials" -d 'Store developer credentials (numeric user id and password) and create a token with them'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from help" -f -a "print-current" -d 'Show the developer user and where its credentials come from'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from help" -f -a "create-token" -d 'Create (or renew) the developer token with the stored credentials'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from help" -f -a "get-tenant-details" -d 'Show a tenant: its permissions and projects'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from help" -f -a "create-project" -d 'Create a project with a default stage. Prints both ids; remembers PROJECT and STAGE'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from help" -f -a "create-project-alias" -d 'Give a project an alias'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from help" -f -a "list-projects" -d 'List a tenant\'s projects, oldest first, with their aliases and how many stages and versions each has'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from help" -f -a "list-stages" -d 'List a project\'s stages, oldest first, with their aliases, deployments and the newest deployment (the one new players join)'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from help" -f -a "list-versions" -d 'List a project\'s versions, oldest first: the state of each one\'s newest build, its images, and how many deployments run it'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from help" -f -a "list-deployments" -d 'List a stage\'s deployments, oldest first (the last is the newest): version, state, runtimes and clients, and why one FAILED'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from help" -f -a "list-runtimes" -d 'List a stage\'s runtimes — its lobbies and matches — oldest first: status (and why it is not running), the mode a match plays, clients, starts and failures'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from help" -f -a "get-project-details" -d 'Show a project: its permissions, stages and versions'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from help" -f -a "delete-project" -d 'Delete a project and everything under it. Prints whether it was deleted'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from help" -f -a "create-stage" -d 'Create a stage. Prints its id; remembers STAGE'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from help" -f -a "create-stage-alias" -d 'Give a stage an alias'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from help" -f -a "get-stage-details" -d 'Show a stage: its permissions and deployments'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from help" -f -a "delete-stage" -d 'Delete a stage and its deployments. Prints whether it was deleted'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from help" -f -a "create-version" -d 'Create a version from a version config JSON file. Prints its id; remembers VERSION'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from help" -f -a "upload-files-archive" -d 'Pack a directory and upload it as the version\'s files archive (the server builds an image)'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from help" -f -a "get-build-log" -d 'Show a build of an uploaded files archive: its state and log'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from help" -f -a "get-version-details" -d 'Show a version: its build requests and images'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from help" -f -a "delete-version" -d 'Delete a version no deployment uses. Prints whether it was deleted'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from help" -f -a "deploy-version" -d 'Deploy a version (it needs an image) to a stage. Prints the deployment id; remembers DEPLOYMENT'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from help" -f -a "get-deployment-details" -d 'Show a deployment: its lobbies and matchmakers'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from help" -f -a "get-deployment-runtimes" -d 'Show a deployment\'s runtimes (lobby and matches) and where each stands'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from help" -f -a "get-stage-status" -d 'Show what runs in a stage now, as `fly status` does: its deployments with their runtimes by status, lobbies and matches (runtime status, mode, players) and the matchmaking queue'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from help" -f -a "list-clients" -d 'List a stage\'s connected clients: player, deployment, state, runtime, last activity'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from help" -f -a "get-deployment-events" -d 'Show a deployment\'s events, oldest first: runtime starts, failures, backoff, waits, and the rollout\'s outcome (as `kubectl describe` shows events)'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from help" -f -a "rollback" -d 'Deploy a stage\'s previous version again: the version of the newest deployment older than the one serving the stage, or the version --to-version names (needed once the previous deployment drained away: `omgctl developer get-project-details` lists the versions). Takes --wait and --timeout as deploy-version does'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from help" -f -a "get-runtime-logs" -d 'Print the recent output of a runtime\'s container, as it is, on stdout'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from help" -f -a "delete-deployment" -d 'Delete a deployment. Prints whether it was deleted'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from help" -f -a "create-lobby-request" -d 'Add one more lobby to a deployment'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from help" -f -a "delete-lobby" -d 'Delete a lobby. Prints whether it was deleted'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from help" -f -a "create-matchmaker-request" -d 'Add one more matchmaker to a deployment'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from help" -f -a "delete-matchmaker" -d 'Delete a matchmaker. Prints whether it was deleted'
complete -c omgctl -n "__fish_omgctl_using_subcommand developer; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c omgctl -n "__fish_omgctl_using_subcommand logs" -s n -l lines -d 'How many of the most recent lines to print' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand logs" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand logs" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand logs" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand logs" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand logs" -l clear -d 'Empty the log instead of printing it'
complete -c omgctl -n "__fish_omgctl_using_subcommand logs" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand logs" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand logs" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand logs" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand completions" -s e -l env -d 'Environment (profile) to use instead of the current one' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand completions" -s o -l output -d 'Output format of the data printed on stdout' -r -f -a "table\t'Tables: with borders on a terminal (ids never wrapped), tab-separated lines with no borders when stdout is a pipe or a file'
json\t'The wire DTO the server answered, as JSON'
id\t'Only the created or affected id (or value), for scripts'"
complete -c omgctl -n "__fish_omgctl_using_subcommand completions" -l color -d 'When to use colors on stderr (NO_COLOR and CLICOLOR_FORCE are honored with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c omgctl -n "__fish_omgctl_using_subcommand completions" -l request-timeout -d 'How long one request may take before omgctl gives up (e.g. 30s, 2m)' -r
complete -c omgctl -n "__fish_omgctl_using_subcommand completions" -s v -l verbose -d 'Show each request and response on stderr (passwords and tokens masked); with upload-files-archive, also every file packed and left out'
complete -c omgctl -n "__fish_omgctl_using_subcommand completions" -l no-headers -d 'Print tables without their header row'
complete -c omgctl -n "__fish_omgctl_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omgctl -n "__fish_omgctl_using_subcommand completions" -s V -l version -d 'Print version'
complete -c omgctl -n "__fish_omgctl_using_subcommand help; and not __fish_seen_subcommand_from environment admin support developer logs completions help" -f -a "environment" -d 'Select and inspect environments (server URL and remembered values)'
complete -c omgctl -n "__fish_omgctl_using_subcommand help; and not __fish_seen_subcommand_from environment admin support developer logs completions help" -f -a "admin" -d 'Admin commands: tokens, ids, hashes, shards, Docker hosts'
complete -c omgctl -n "__fish_omgctl_using_subcommand help; and not __fish_seen_subcommand_from environment admin support developer logs completions help" -f -a "support" -d 'Support commands: tenants, projects, developers, permissions'
complete -c omgctl -n "__fish_omgctl_using_subcommand help; and not __fish_seen_subcommand_from environment admin support developer logs completions help" -f -a "developer" -d 'Developer commands: projects, stages, versions, deployments, lobbies, matchmakers'
complete -c omgctl -n "__fish_omgctl_using_subcommand help; and not __fish_seen_subcommand_from environment admin support developer logs completions help" -f -a "logs" -d 'Show the recent request log (method, path, status, duration; never secrets)'
complete -c omgctl -n "__fish_omgctl_using_subcommand help; and not __fish_seen_subcommand_from environment admin support developer logs completions help" -f -a "completions" -d 'Print a shell completion script'
complete -c omgctl -n "__fish_omgctl_using_subcommand help; and not __fish_seen_subcommand_from environment admin support developer logs completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c omgctl -n "__fish_omgctl_using_subcommand help; and __fish_seen_subcommand_from environment" -f -a "reset" -d 'Forget every environment, remembered value and stored credential'
complete -c omgctl -n "__fish_omgctl_using_subcommand help; and __fish_seen_subcommand_from environment" -f -a "print-current" -d 'Print the current environment, its URL, remembered values and where credentials come from'
complete -c omgctl -n "__fish_omgctl_using_subcommand help; and __fish_seen_subcommand_from environment" -f -a "print-variable" -d 'Print one remembered value (e.g. TENANT, VERSION, DEVELOPER_PASSWORD) without a newline'
complete -c omgctl -n "__fish_omgctl_using_subcommand help; and __fish_seen_subcommand_from environment" -f -a "use-environment" -d 'Create or update an environment and make it the current one'
complete -c omgctl -n "__fish_omgctl_using_subcommand help; and __fish_seen_subcommand_from environment" -f -a "list" -d 'List the environments: name, server URL, and which one is current'
complete -c omgctl -n "__fish_omgctl_using_subcommand help; and __fish_seen_subcommand_from environment" -f -a "delete" -d 'Delete an environment with its remembered values and stored credentials'
complete -c omgctl -n "__fish_omgctl_using_subcommand help; and __fish_seen_subcommand_from environment" -f -a "rename" -d 'Rename an environment; its remembered values and stored credentials go with it'
complete -c omgctl -n "__fish_omgctl_using_subcommand help; and __fish_seen_subcommand_from environment" -f -a "use-public" -d 'Use the public environment `public` (https://api.omgservers.com)'
complete -c omgctl -n "__fish_omgctl_using_subcommand help; and __fish_seen_subcommand_from environment" -f -a "use-local" -d 'Use the local environment `local` with the dev-mode credentials admin/admin, support/support'
complete -c omgctl -n "__fish_omgctl_using_subcommand help; and __fish_seen_subcommand_from admin" -f -a "use-credentials" -d 'Store admin credentials for this environment and create a token with them'
complete -c omgctl -n "__fish_omgctl_using_subcommand help; and __fish_seen_subcommand_from admin" -f -a "print-current" -d 'Show the admin user and where its credentials come from'
complete -c omgctl -n "__fish_omgctl_using_subcommand help; and __fish_seen_subcommand_from admin" -f -a "create-token" -d 'Create (or renew) the admin token with the stored credentials'
complete -c omgctl -n "__fish_omgctl_using_subcommand help; and __fish_seen_subcommand_from admin" -f -a "calculate-shard" -d 'Shard index and owning server of a shard key. Remembers SHARD_INDEX and SERVER_URI'
complete -c omgctl -n "__fish_omgctl_using_subcommand help; and __fish_seen_subcommand_from admin" -f -a "generate-id" -d 'Generate a snowflake id. Prints it; remembers GENERATED_ID'
complete -c omgctl -n "__fish_omgctl_using_subcommand help; and __fish_seen_subcommand_from admin" -f -a "bcrypt-hash" -d 'bcrypt-hash a value. Prints the hash; remembers BCRYPTED_HASH'
complete -c omgctl -n "__fish_omgctl_using_subcommand help; and __fish_seen_subcommand_from admin" -f -a "ping-docker-host" -d 'Ask the server to ping a Docker daemon. Prints the answering server; remembers SUCCESSFUL'
complete -c omgctl -n "__fish_omgctl_using_subcommand help; and __fish_seen_subcommand_from admin" -f -a "get-pool-hosts" -d 'List the runtime pool\'s Docker hosts with their load and reachability'
complete -c omgctl -n "__fish_omgctl_using_subcommand help; and __fish_seen_subcommand_from admin" -f -a "create-pool-host" -d 'Add a Docker host to the runtime pool. Prints the host'
complete -c omgctl -n "__fish_omgctl_using_subcommand help; and __fish_seen_subcommand_from admin" -f -a "drain-pool-host" -d 'Stop placing new runtimes on a pool host (its running ones stay). Prints the host'
complete -c omgctl -n "__fish_omgctl_using_subcommand help; and __fish_seen_subcommand_from admin" -f -a "get-cluster" -d 'List the nodes of a sharded installation and the slots each holds'
complete -c omgctl -n "__fish_omgctl_using_subcommand help; and __fish_seen_subcommand_from admin" -f -a "drain-node" -d 'Hand a node\'s slots over to the other nodes (it keeps serving by forwarding)'
complete -c omgctl -n "__fish_omgctl_using_subcommand help; and __fish_seen_subcommand_from admin" -f -a "delete-pool-host" -d 'Remove a pool host that runs no runtime container. Prints whether it was deleted'
complete -c omgctl -n "__fish_omgctl_using_subcommand help; and __fish_seen_subcommand_from support" -f -a "use-credentials" -d 'Store support credentials for this environment and create a token with them'
complete -c omgctl -n "__fish_omgctl_using_subcommand help; and __fish_seen_subcommand_from support" -f -a "print-current" -d 'Show the support user and where its credentials come from'
complete -c omgctl -n "__fish_omgctl_using_subcommand help; and __fish_seen_subcommand_from support" -f -a "create-token" -d 'Create (or renew) the support token with the stored credentials'
complete -c omgctl -n "__fish_omgctl_using_subcommand help; and __fish_seen_subcommand_from support" -f -a "create-tenant" -d 'Create a tenant. Prints its id; remembers TENANT'
complete -c omgctl -n "__fish_omgctl_using_subcommand help; and __fish_seen_subcommand_from support" -f -a "create-tenant-alias" -d 'Give a tenant an alias'
complete -c omgctl -n "__fish_omgctl_using_subcommand help; and __fish_seen_subcommand_from support" -f -a "delete-tenant" -d 'Delete a tenant and everything under it. Prints whether it was deleted'
complete -c omgctl -n "__fish_omgctl_using_subcommand help; and __fish_seen_subcommand_from support" -f -a "create-project" -d 'Create a project with a default stage. Prints both ids; remembers PROJECT and STAGE'
complete -c omgctl -n "__fish_omgctl_using_subcommand help; and __fish_seen_subcommand_from support" -f -a "create-project-alias" -d 'Give a project an alias'
complete -c omgctl -n "__fish_omgctl_using_subcommand help; and __fish_seen_subcommand_from support" -f -a "delete-project" -d 'Delete a project and everything under it. Prints whether it was deleted'
complete -c omgctl -n "__fish_omgctl_using_subcommand help; and __fish_seen_subcommand_from support" -f -a "create-developer" -d 'Create a developer with a generated password'
complete -c omgctl -n "__fish_omgctl_using_subcommand help; and __fish_seen_subcommand_from support" -f -a "list-tenants" -d 'List the tenants, with their aliases, oldest first'
complete -c omgctl -n "__fish_omgctl_using_subcommand help; and __fish_seen_subcommand_from support" -f -a "list-developers" -d 'List the developers, with how many permissions each holds, oldest first'
complete -c omgctl -n "__fish_omgctl_using_subcommand help; and __fish_seen_subcommand_from support" -f -a "delete-developer" -d 'Delete a developer and its permissions. Prints whether it was deleted'
complete -c omgctl -n "__fish_omgctl_using_subcommand help; and __fish_seen_subcommand_from support" -f -a "create-tenant-permission" -d 'Grant tenant permissions to a developer. Prints the newly created ones'
complete -c omgctl -n "__fish_omgctl_using_subcommand help; and __fish_seen_subcommand_from support" -f -a "delete-tenant-permission" -d 'Revoke tenant permissions. Prints the deleted ones'
complete -c omgctl -n "__fish_omgctl_using_subcommand help; and __fish_seen_subcommand_from support" -f -a "create-project-permission" -d 'Grant project permissions to a developer. Prints the newly created ones'
complete -c omgctl -n "__fish_omgctl_using_subcommand help; and __fish_seen_subcommand_from support" -f -a "delete-project-permission" -d 'Revoke project permissions. Prints the deleted ones'
complete -c omgctl -n "__fish_omgctl_using_subcommand help; and __fish_seen_subcommand_from support" -f -a "create-stage-permission" -d 'Grant stage permissions to a developer. Prints the newly created ones'
complete -c omgctl -n "__fish_omgctl_using_subcommand help; and __fish_seen_subcommand_from support" -f -a "delete-stage-permission" -d 'Revoke stage permissions. Prints the deleted ones'
complete -c omgctl -n "__fish_omgctl_using_subcommand help; and __fish_seen_subcommand_from developer" -f -a "use-credentials" -d 'Store developer credentials (numeric user id and password) and create a token with them'
complete -c omgctl -n "__fish_omgctl_using_subcommand help; and __fish_seen_subcommand_from developer" -f -a "print-current" -d 'Show the developer user and where its credentials come from'
complete -c omgctl -n "__fish_omgctl_using_subcommand help; and __fish_seen_subcommand_from developer" -f -a "create-token" -d 'Create (or renew) the developer token with the stored credentials'
complete -c omgctl -n "__fish_omgctl_using_subcommand help; and __fish_seen_subcommand_from developer" -f -a "get-tenant-details" -d 'Show a tenant: its permissions and projects'
complete -c omgctl -n "__fish_omgctl_using_subcommand help; and __fish_seen_subcommand_from developer" -f -a "create-project" -d 'Create a project with a default stage. Prints both ids; remembers PROJECT and STAGE'
complete -c omgctl -n "__fish_omgctl_using_subcommand help; and __fish_seen_subcommand_from developer" -f -a "create-project-alias" -d 'Give a project an alias'
complete -c omgctl -n "__fish_omgctl_using_subcommand help; and __fish_seen_subcommand_from developer" -f -a "list-projects" -d 'List a tenant\'s projects, oldest first, with their aliases and how many stages and versions each has'
complete -c omgctl -n "__fish_omgctl_using_subcommand help; and __fish_seen_subcommand_from developer" -f -a "list-stages" -d 'List a project\'s stages, oldest first, with their aliases, deployments and the newest deployment (the one new players join)'
complete -c omgctl -n "__fish_omgctl_using_subcommand help; and __fish_seen_subcommand_from developer" -f -a "list-versions" -d 'List a project\'s versions, oldest first: the state of each one\'s newest build, its images, and how many deployments run it'
complete -c omgctl -n "__fish_omgctl_using_subcommand help; and __fish_seen_subcommand_from developer" -f -a "list-deployments" -d 'List a stage\'s deployments, oldest first (the last is the newest): version, state, runtimes and clients, and why one FAILED'
complete -c omgctl -n "__fish_omgctl_using_subcommand help; and __fish_seen_subcommand_from developer" -f -a "list-runtimes" -d 'List a stage\'s runtimes — its lobbies and matches — oldest first: status (and why it is not running), the mode a match plays, clients, starts and failures'
complete -c omgctl -n "__fish_omgctl_using_subcommand help; and __fish_seen_subcommand_from developer" -f -a "get-project-details" -d 'Show a project: its permissions, stages and versions'
complete -c omgctl -n "__fish_omgctl_using_subcommand help; and __fish_seen_subcommand_from developer" -f -a "delete-project" -d 'Delete a project and everything under it. Prints whether it was deleted'
complete -c omgctl -n "__fish_omgctl_using_subcommand help; and __fish_seen_subcommand_from developer" -f -a "create-stage" -d 'Create a stage. Prints its id; remembers STAGE'
complete -c omgctl -n "__fish_omgctl_using_subcommand help; and __fish_seen_subcommand_from developer" -f -a "create-stage-alias" -d 'Give a stage an alias'
complete -c omgctl -n "__fish_omgctl_using_subcommand help; and __fish_seen_subcommand_from developer" -f -a "get-stage-details" -d 'Show a stage: its permissions and deployments'
complete -c omgctl -n "__fish_omgctl_using_subcommand help; and __fish_seen_subcommand_from developer" -f -a "delete-stage" -d 'Delete a stage and its deployments. Prints whether it was deleted'
complete -c omgctl -n "__fish_omgctl_using_subcommand help; and __fish_seen_subcommand_from developer" -f -a "create-version" -d 'Create a version from a version config JSON file. Prints its id; remembers VERSION'
complete -c omgctl -n "__fish_omgctl_using_subcommand help; and __fish_seen_subcommand_from developer" -f -a "upload-files-archive" -d 'Pack a directory and upload it as the version\'s files archive (the server builds an image)'
complete -c omgctl -n "__fish_omgctl_using_subcommand help; and __fish_seen_subcommand_from developer" -f -a "get-build-log" -d 'Show a build of an uploaded files archive: its state and log'
complete -c omgctl -n "__fish_omgctl_using_subcommand help; and __fish_seen_subcommand_from developer" -f -a "get-version-details" -d 'Show a version: its build requests and images'
complete -c omgctl -n "__fish_omgctl_using_subcommand help; and __fish_seen_subcommand_from developer" -f -a "delete-version" -d 'Delete a version no deployment uses. Prints whether it was deleted'
complete -c omgctl -n "__fish_omgctl_using_subcommand help; and __fish_seen_subcommand_from developer" -f -a "deploy-version" -d 'Deploy a version (it needs an image) to a stage. Prints the deployment id; remembers DEPLOYMENT'
complete -c omgctl -n "__fish_omgctl_using_subcommand help; and __fish_seen_subcommand_from developer" -f -a "get-deployment-details" -d 'Show a deployment: its lobbies and matchmakers'
complete -c omgctl -n "__fish_omgctl_using_subcommand help; and __fish_seen_subcommand_from developer" -f -a "get-deployment-runtimes" -d 'Show a deployment\'s runtimes (lobby and matches) and where each stands'
complete -c omgctl -n "__fish_omgctl_using_subcommand help; and __fish_seen_subcommand_from developer" -f -a "get-stage-status" -d 'Show what runs in a stage now, as `fly status` does: its deployments with their runtimes by status, lobbies and matches (runtime status, mode, players) and the matchmaking queue'
complete -c omgctl -n "__fish_omgctl_using_subcommand help; and __fish_seen_subcommand_from developer" -f -a "list-clients" -d 'List a stage\'s connected clients: player, deployment, state, runtime, last activity'
complete -c omgctl -n "__fish_omgctl_using_subcommand help; and __fish_seen_subcommand_from developer" -f -a "get-deployment-events" -d 'Show a deployment\'s events, oldest first: runtime starts, failures, backoff, waits, and the rollout\'s outcome (as `kubectl describe` shows events)'
complete -c omgctl -n "__fish_omgctl_using_subcommand help; and __fish_seen_subcommand_from developer" -f -a "rollback" -d 'Deploy a stage\'s previous version again: the version of the newest deployment older than the one serving the stage, or the version --to-version names (needed once the previous deployment drained away: `omgctl developer get-project-details` lists the versions). Takes --wait and --timeout as deploy-version does'
complete -c omgctl -n "__fish_omgctl_using_subcommand help; and __fish_seen_subcommand_from developer" -f -a "get-runtime-logs" -d 'Print the recent output of a runtime\'s container, as it is, on stdout'
complete -c omgctl -n "__fish_omgctl_using_subcommand help; and __fish_seen_subcommand_from developer" -f -a "delete-deployment" -d 'Delete a deployment. Prints whether it was deleted'
complete -c omgctl -n "__fish_omgctl_using_subcommand help; and __fish_seen_subcommand_from developer" -f -a "create-lobby-request" -d 'Add one more lobby to a deployment'
complete -c omgctl -n "__fish_omgctl_using_subcommand help; and __fish_seen_subcommand_from developer" -f -a "delete-lobby" -d 'Delete a lobby. Prints whether it was deleted'
complete -c omgctl -n "__fish_omgctl_using_subcommand help; and __fish_seen_subcommand_from developer" -f -a "create-matchmaker-request" -d 'Add one more matchmaker to a deployment'
complete -c omgctl -n "__fish_omgctl_using_subcommand help; and __fish_seen_subcommand_from developer" -f -a "delete-matchmaker" -d 'Delete a matchmaker. Prints whether it was deleted'
