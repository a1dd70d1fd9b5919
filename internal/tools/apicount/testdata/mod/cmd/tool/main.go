package main

// M is in a command.
func M() {}

func main() {}
