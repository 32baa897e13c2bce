#!/usr/bin/env bash
# claims-show-story.sh ID... : print DEVELOPMENT stories of the claims set (tests/Sahel.Tests/Fixtures/ClaimsSet) by id.
# Tuners read stories through it: the root stories-*.txt files mix dev and held-out test stories, and the held-out sets
# (the first writer's test split, fresh9-fresh21, agreement10) must not be read. It refuses those, and any id whose
# letters it does not map to a dev set: add a new dev set's letters to the map below when it joins.
# Run from the repository root (or a worktree's root).
set -euo pipefail
dir=tests/Sahel.Tests/Fixtures/ClaimsSet
declare -A setof=( [f]=fresh [g]=fresh2 [h]=fresh3 [i]=fresh4 [j]=fresh5 [k]=fresh6 [l]=fresh7 [n]=fresh8 [m]=dev8 [p]=dev9 [s]=dev10 [t]=dev11 [w]=dev12 [x]=dev13 [z]=dev14 [a]=dev15 [b]=dev16 [e]=dev17 [o]=dev18 [aa]=dev19 [bb]=dev20 [dd]=dev21 [ee]=dev22 [ff]=dev23 [hh]=dev24 [ii]=dev25 [jj]=dev26 [ll]=dev27 [mm]=dev28 [pp]=dev29 [qq]=dev30 )
for id in "$@"; do
  lang=${id%%-*}; rest=${id#*-}; letters=${rest%%[0-9]*}
  if [[ -z "$letters" ]]; then
    split=$(awk -v id="$id" '$1==id{print $2}' $dir/split.txt)
    [[ "$split" == dev ]] || { echo "refused: $id is not a dev story" >&2; continue; }
    file=$dir/stories-$lang.txt
  else
    set=${setof[$letters]:-}
    [[ -n "$set" ]] || { echo "refused: $id is held out or unknown" >&2; continue; }
    file=$dir/$set/stories-$lang.txt
  fi
  awk -v id="$id" '/^=== /{p=($2==id)} p' "$file"
  echo
done
