print("hotlined")
