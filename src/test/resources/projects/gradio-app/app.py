import gradio as gr


def greet(name):
    return "Hello " + name


with gr.Blocks() as demo:
    gr.Textbox()

demo.launch(server_port=7861)
