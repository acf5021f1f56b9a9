def main():
    print('admin')
