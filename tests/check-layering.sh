#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 HallDesk developers
# SPDX-License-Identifier: GPL-3.0-or-later
# The layers' one-way arrows (DESIGN.md): app → ui → models → core; demo → core;
# sync → core; hq → sync + core. Every project include names its layer first
# ("core/cash/paymentservice.h"), so an include that points the wrong way is a line here.
set -u
root=${1:-$(dirname "$0")/..}
cd "$root" || exit 2

allowed() {
  case "$1" in
    core) echo "core" ;;
    demo) echo "core demo" ;;
    models) echo "core models" ;;
    sync) echo "core sync" ;;
    ui) echo "core models sync ui" ;;
    hq) echo "core sync hq" ;;
    app) echo "core demo models sync ui app" ;;
    installer) echo "core models ui" ;;
  esac
}

bad=0
for layer in core demo models sync ui hq app installer; do
  ok=" $(allowed "$layer") "
  while IFS=: read -r file line target; do
    top=${target%%/*}
    case "$top" in core | demo | models | sync | ui | hq | app | installer) ;; *) continue ;; esac
    if [[ "$ok" != *" $top "* ]]; then
      echo "$file:$line: $layer may not include $target"
      bad=$((bad + 1))
    fi
  done < <(grep -rnoE --include='*.cpp' --include='*.h' '^\s*#\s*include\s+"[^"]+"' "$layer" \
             | sed -E 's/^([^:]+):([0-9]+):.*"([^"]+)"/\1:\2:\3/')
done

# An include by bare file name would hide its layer from the check above.
while IFS= read -r hit; do
  echo "$hit: include a project header by its path from the project root"
  bad=$((bad + 1))
done < <(grep -rnE --include='*.cpp' --include='*.h' '^\s*#\s*include\s+"[^"/]+\.h"' \
           core demo models sync ui hq installer | grep -v '\.moc"')

# The shipped core carries no demo code.
if grep -rqiE 'demoseeder|casedemo|cashdemo|queuedemo|subscriptiondemo' core; then
  echo "core names the demo generators: they belong to demo/"
  bad=$((bad + 1))
fi

if [ "$bad" -gt 0 ]; then
  echo "layering: $bad include(s) against the arrows"
  exit 1
fi
echo "layering: every include follows the arrows"
