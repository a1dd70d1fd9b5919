module github.com/zhishang/zhishang

go 1.24

require (
	github.com/mattn/go-runewidth v0.0.31
	github.com/rickar/cal/v2 v2.1.13
	github.com/shopspring/decimal v1.4.0
	github.com/stretchr/testify v1.12.1
	pgregory.net/rapid v1.3.0
)

require (
	github.com/clipperhouse/uax29/v2 v2.2.0 // indirect
	go.yaml.in/yaml/v3 v3.0.5 // indirect
)
