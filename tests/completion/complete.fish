#!/usr/bin/fish --no-config
# complete.fish SCRIPT LINE: prints, one a line, the candidates fish offers for
# LINE followed by Tab (complete -C, what the Tab key lists), with SCRIPT loaded.
source $argv[1]
complete -C "$argv[2]" | string replace -r '\t.*' ''
