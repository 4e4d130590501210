#!/usr/bin/env bash
# Follows README's "Quick start" literally, as a newcomer would: in a temporary folder outside the
# repository, with an empty NuGet package folder and a template store of its own.
#
# The commands and files come from the section itself, so README and this script cannot drift apart:
# - every ```sh block runs, in order, one command a line, in one shell (so `cd` carries over);
# - a ```text block right after an ```sh block is the output its last command must print;
# - a ```yaml, ```csharp or ```xml block whose first line is a comment naming a file
#   (`# content/facts.yaml`, `// Program.cs`, `<!-- nuget.config -->`) is written to that file.
# The section starts in the folder that holds the repository's clone as `factbook/` (README's `~/src`).
# Then broken content must give README's compiler-form error from the build and from the checker.
#
# Usage: bash tests/readme-consumer.sh    Exit 0: all worked; 1: a step failed (the output says which).
set -euo pipefail
shopt -s extglob

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
readme="$repo/README.md"
section="## Quick start"
work=$(mktemp -d "${TMPDIR:-/tmp}/factbook-readme.XXXXXX")
trap 'cd /; rm -rf "$work"' EXIT

export NUGET_PACKAGES="$work/packages"
# The SDK's own folder too (first-run state, installed templates, the local tools' resolver cache): a newcomer's, left nowhere.
export DOTNET_CLI_HOME="$work/dotnet-home"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# No build server outlives the script (MSBuild reads environment variables as properties).
export MSBUILDDISABLENODEREUSE=1 DOTNET_CLI_USE_MSBUILD_SERVER=0 UseSharedCompilation=false

fail() {
  echo "FAILED: $*"
  exit 1
}

# The repository as a clone has it: the files git tracks or would track, as they are in the working tree.
mkdir -p "$work/src/factbook"
if git -C "$repo" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  (cd "$repo" && git ls-files -z --cached --others --exclude-standard) |
    while IFS= read -r -d '' file; do [ -f "$repo/$file" ] && printf '%s\0' "$file"; done |
    tar -C "$repo" --null -T - -cf - | tar -C "$work/src/factbook" -xf -
else
  (cd "$repo" && tar --exclude=bin --exclude=obj --exclude=node_modules -cf - .) | tar -C "$work/src/factbook" -xf -
fi
cd "$work/src"

commands=()
files=()
outputs_checked=0

# Runs one command of an sh block in this shell; its output goes to $work/out (and is shown).
run_command() {
  local command=$1 status
  echo "\$ $command"
  set +e
  eval "$command" >"$work/out" 2>&1 </dev/null
  status=$?
  set -e
  sed 's/^/    /' "$work/out"
  commands+=("$command")
  if [[ $command == "dotnet pack"* ]] && grep -qi "missing a readme" "$work/out"; then
    fail "'$command' warned that a package has no readme"
  fi
  if [ "$status" -eq 0 ]; then
    return 0
  fi

  fail "'$command' exited with $status (in $(pwd))"
}

end_block() {
  local language=$1 text=$2
  case "$language" in
    sh)
      local line
      while IFS= read -r line; do
        line=${line%%+([[:space:]])}
        [ -z "$line" ] && continue
        [[ $line == \#* ]] && continue
        [[ $line == *\\ ]] && fail "README's sh blocks must have one command a line: '$line'"
        run_command "$line"
      done <<<"$text"
      after_sh=1
      return
      ;;
    text)
      if [ "$after_sh" -eq 1 ]; then
        local expected actual
        expected=${text%$'\n'}
        actual=$(tr -d '\r' <"$work/out")
        [[ $'\n'$actual$'\n' == *$'\n'$expected$'\n'* ]] ||
          fail "'${commands[-1]}' should print (README):"$'\n'"$expected"$'\n'"It printed:"$'\n'"$actual"
        echo "    (output as README says)"
        outputs_checked=$((outputs_checked + 1))
      fi
      ;;
    yaml | csharp | xml)
      local first=${text%%$'\n'*} name=""
      if [[ $first =~ ^(#|//|\<!--)[[:space:]]*([A-Za-z0-9_./-]+\.[A-Za-z0-9]+)[[:space:]]*(--\>)?[[:space:]]*$ ]]; then
        name=${BASH_REMATCH[2]}
        mkdir -p "$(dirname "$name")"
        printf '%s' "$text" >"$name"
        echo "(wrote $name)"
        files+=("$name")
      fi
      ;;
  esac
  after_sh=0
}

in_section=0
language=""
block=""
after_sh=0
found=0
while IFS= read -r line || [ -n "$line" ]; do
  if [ "$in_section" -eq 0 ]; then
    [ "$line" = "$section" ] && in_section=1 && found=1
    continue
  fi
  if [ -z "$language" ]; then
    case "$line" in
      '## '*) break ;;
      '```'?*) language=${line#'```'}; block="" ;;
      '') ;;
      *) after_sh=0 ;;
    esac
  elif [ "$line" = '```' ]; then
    end_block "$language" "$block"
    language=""
  else
    block+="$line"$'\n'
  fi
done <"$readme"
[ "$found" -eq 1 ] || fail "README has no section '$section'"

# The section must still be the whole path, so that this script cannot pass by doing nothing.
for wanted in "dotnet pack factbook -c Release -o factbook/feed" "dotnet new install" "dotnet new factbook" \
  "dotnet run" "dotnet tool install Factbook.Tool" "dotnet factbook check"; do
  # A here-string, not a pipe: grep -q stops reading at the first match, and with pipefail the writer's broken pipe failed the check.
  grep -qF -- "$wanted" <<<"$(printf '%s\n' "${commands[@]}")" || fail "README's section ran no '$wanted'"
done
[ "$outputs_checked" -ge 2 ] || fail "README's section showed the output of only $outputs_checked commands"

# Broken content: README's error, from the build and from the checker (on the project, the folder and the file).
[ -f content/books.yaml ] || fail "the section did not end in the app's folder"
error=$(grep -m 1 -F "error FB0029: The field 'author' refers to Author 'austin'" "$readme") || fail "README shows no error for a typo"
sed '0,/author: austen/s//author: austin/' content/books.yaml >"$work/books.yaml" && cp "$work/books.yaml" content/books.yaml
expect_error() {
  local status=0
  echo "\$ $* (content broken)"
  "$@" >"$work/out" 2>&1 </dev/null || status=$?
  sed 's/^/    /' "$work/out"
  [ "$status" -ne 0 ] || fail "'$*' passed broken content"
  grep -qF -- "$error" "$work/out" || fail "'$*' did not print: $error"
}
expect_error dotnet build
expect_error dotnet factbook check
expect_error dotnet factbook check content
expect_error dotnet factbook check content/books.yaml
echo "README's Quick start works as written."
