print("export-bench")
