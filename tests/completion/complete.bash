#!/bin/bash
# complete.bash COMPLETIONS_DIR LINE: prints, one a line, what bash with
# bash-completion offers for LINE followed by Tab. COMPLETIONS_DIR/completions/
# framewise is found by bash-completion's own loader, as the installed file is.
set -u
export BASH_COMPLETION_USER_DIR=$1
line=$2
# shellcheck disable=SC1091 # Debian's bash-completion
. /usr/share/bash-completion/bash_completion
_completion_loader framewise
function=$(complete -p framewise | sed -n 's/.*-F \([^ ]*\) .*/\1/p')
[ -n "$function" ] || { echo "complete.bash: no completion loaded for framewise" >&2; exit 2; }
# The words as bash splits them: at blanks, and at "=" (COMP_WORDBREAKS).
read -ra COMP_WORDS <<< "${line//=/ = }"
case "$line" in *" ") COMP_WORDS+=("") ;; esac
COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
COMP_LINE=$line
COMP_POINT=${#line}
COMPREPLY=()
"$function" framewise "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
printf '%s\n' "${COMPREPLY[@]}"
