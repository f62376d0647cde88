EXTERNAL myAction()

One
~ myAction()
Two
