#!/usr/bin/env bash
# Draws the result views' icons: icons/view_<name>.png (16x16) and icons/view_<name>@2x.png (32x32, HiDPI).
#
#   bundles/org.factorstudio.ui/make-view-icons.sh      (needs ImageMagick 6: convert)
#
# Each icon is drawn on a 32x32 canvas and scaled down for 16x16, so both sizes show the same picture. Simple
# pictograms in the colours of the views (the heat map's blue and red, the report's grey), one per view, so the
# tabs of the result stack can be told apart before their titles are read.
set -euo pipefail
cd "$(dirname "$0")/icons"

draw() { # name, then convert drawing arguments for a 32x32 transparent canvas
  local name="$1"; shift
  convert -size 32x32 xc:none "$@" "view_${name}@2x.png"
  convert "view_${name}@2x.png" -resize 16x16 "view_${name}.png"
}

# Import Report: a sheet of paper with lines and a green tick (the data were read)
draw importReport -fill white -stroke '#5a6470' -strokewidth 2 -draw 'rectangle 5,2 23,29' \
  -stroke '#8a949e' -draw 'line 9,9 19,9' -draw 'line 9,14 19,14' -draw 'line 9,19 15,19' \
  -stroke '#2e8b3d' -strokewidth 3 -fill none -draw 'polyline 17,23 21,27 29,17'

# Descriptives: a bar chart
draw descriptives -fill '#3f6fb5' -stroke none -draw 'rectangle 4,18 10,29' -draw 'rectangle 13,8 19,29' \
  -draw 'rectangle 22,13 28,29' -stroke '#404850' -strokewidth 2 -draw 'line 2,30 30,30'

# Reliability: alpha on a green disc
draw reliability -fill '#2e8b3d' -stroke none -draw 'circle 16,16 16,1' \
  -fill white -font DejaVu-Sans-Bold -pointsize 24 -gravity center -annotate +0-1 'α'

# Correlations: a scatter of dots along a rising line
draw correlations -stroke '#c0392b' -strokewidth 2 -draw 'line 3,28 29,4' -stroke none -fill '#3f6fb5' \
  -draw 'circle 6,22 6,19' -draw 'circle 12,21 12,18' -draw 'circle 15,13 15,10' -draw 'circle 21,14 21,11' \
  -draw 'circle 26,6 26,3'

# Correlation Matrix: a 3x3 heat map, strong cells dark
draw matrix -stroke white -strokewidth 1 \
  -fill '#1f4e96' -draw 'rectangle 2,2 11,11' -fill '#9fbbe0' -draw 'rectangle 11,2 20,11' -fill '#e8a49c' -draw 'rectangle 20,2 29,11' \
  -fill '#9fbbe0' -draw 'rectangle 2,11 11,20' -fill '#1f4e96' -draw 'rectangle 11,11 20,20' -fill '#dfe7f3' -draw 'rectangle 20,11 29,20' \
  -fill '#e8a49c' -draw 'rectangle 2,20 11,29' -fill '#dfe7f3' -draw 'rectangle 11,20 20,29' -fill '#1f4e96' -draw 'rectangle 20,20 29,29'

# Partial Correlations: the scatter's line with a third variable held fixed (a bar across it)
draw partialCorrelations -stroke '#7d3c98' -strokewidth 2 -draw 'line 3,28 29,4' -stroke none -fill '#7d3c98' \
  -draw 'circle 8,21 8,18' -draw 'circle 24,9 24,6' -fill '#f0b429' -stroke '#8a6d1a' -strokewidth 1 \
  -draw 'rectangle 12,12 20,20'

# Hypotheses: H on a teal square with a tick
draw hypotheses -fill '#127a7a' -stroke none -draw 'roundrectangle 1,1 30,30 5,5' \
  -fill white -font DejaVu-Sans-Bold -pointsize 22 -gravity center -annotate +0+0 'H'

# Factor Framework: an area box above two factor boxes, joined
draw framework -stroke '#404850' -strokewidth 2 -draw 'line 16,11 16,16' -draw 'line 7,16 25,16' \
  -draw 'line 7,16 7,20' -draw 'line 25,16 25,20' \
  -fill '#f0b429' -draw 'rectangle 9,2 23,11' -fill '#3f6fb5' -draw 'rectangle 1,20 13,29' -draw 'rectangle 19,20 31,29'

# Result Tables: a table with a header row
draw tables -fill white -stroke '#5a6470' -strokewidth 2 -draw 'rectangle 2,4 29,28' -fill '#5a6470' \
  -draw 'rectangle 2,4 29,10' -strokewidth 1 -draw 'line 2,16 29,16' -draw 'line 2,22 29,22' \
  -draw 'line 12,10 12,28' -draw 'line 21,10 21,28'

ls -1 view_*.png

# Measurement: a falling scree line over loading bars
draw measurement -fill '#9fbbe0' -stroke none -draw 'rectangle 4,14 9,29' -draw 'rectangle 12,20 17,29' \
  -draw 'rectangle 20,24 25,29' -stroke '#c0392b' -strokewidth 2 -fill none -draw 'polyline 4,5 11,16 18,22 28,25' \
  -stroke none -fill '#c0392b' -draw 'circle 4,5 4,3' -draw 'circle 11,16 11,14' -draw 'circle 18,22 18,20' \
  -draw 'circle 28,25 28,23' -stroke '#404850' -strokewidth 2 -draw 'line 2,30 30,30'
