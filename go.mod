module github.com/geoalign/geoalign

go 1.26.8
