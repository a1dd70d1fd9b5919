module github.com/zhishang/zhishang

go 1.24

require github.com/rickar/cal/v2 v2.1.13
