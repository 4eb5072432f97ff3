#!/usr/bin/zsh -f
# complete.zsh FPATH_DIR LINE: prints, one a line, the matches zsh's completion
# system (compinit, with FPATH_DIR/_framewise autoloaded from fpath) offers
# for LINE followed by Tab, typed into an interactive zsh on a pseudo-terminal.
# Every compadd call records the matches it adds (compadd -A) in a file.
zmodload zsh/zpty
fpath_dir=$1
line=$2
out=$(mktemp)
trap 'rm -f $out; zpty -d z 2>/dev/null' EXIT
zpty z zsh -f -i
zpty -w z "PS1=''; PROMPT=''; unsetopt beep; fpath=(${(q)fpath_dir} \$fpath); autoload -U compinit; compinit -u -D"
zpty -w z "compadd() { if [[ \${@[1,(i)(-|--)]} == *-(O|A|D)\\ * ]]; then builtin compadd \"\$@\"; return; fi; local -a hits; builtin compadd -A hits \"\$@\"; print -rl -- \$hits >> ${(q)out}; builtin compadd \"\$@\"; }"
zpty -w z "finished() { print -- '--finished--' >> ${(q)out} }; comppostfuncs=(finished); bindkey '^I' complete-word"
zpty -n -w z "$line"$'\t'
for i in {1..100}; do
    grep -q -- '--finished--' $out 2>/dev/null && break
    sleep 0.1
done
grep -q -- '--finished--' $out || { print -u2 "complete.zsh: no completion ran for '$line'"; exit 2; }
grep -v -- '--finished--' $out
