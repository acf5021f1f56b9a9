package dev.dockwright.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.python.PySource.Call;
import org.junit.jupiter.api.Test;

class PySourceScannerTest {

  @Test
  void importsBindNamesThatQualifyCallees() {
    PySource s = PySourceScanner.scan("m.py", """
        import os, sys as system
        import gradio as gr
        from fastapi import FastAPI as F, APIRouter
        from .sub import (thing,
                          other as o)
        app = F()
        demo = gr.Blocks()
        """);
    assertThat(s.imports()).extracting(PySource.Import::boundName)
        .containsExactly("os", "system", "gr", "F", "APIRouter", "thing", "o");
    assertThat(s.qualify("F")).isEqualTo("fastapi.FastAPI");
    assertThat(s.qualify("gr.Blocks")).isEqualTo("gradio.Blocks");
    assertThat(s.qualify("system.exit")).isEqualTo("sys.exit");
    assertThat(s.qualify("thing")).isEqualTo(".sub.thing");
    assertThat(s.imports("fastapi")).isTrue();
    assertThat(s.imports("fast")).isFalse();
  }

  @Test
  void assignedCallsDecoratorsAndArguments() {
    PySource s = PySourceScanner.scan("main.py", """
        from fastapi import FastAPI
        app: FastAPI = FastAPI(title="svc", docs_url=None)

        @app.get("/health", status_code=200)
        async def health():
            return {"ok": True}
        """);
    Call ctor = s.calls().get(0);
    assertThat(ctor.callee()).isEqualTo("FastAPI");
    assertThat(ctor.assignedTo()).isEqualTo("app");
    assertThat(ctor.kwarg("title").flatMap(PySource.Arg::string)).contains("svc");
    Call route = s.calls().stream().filter(Call::decorator).findFirst().orElseThrow();
    assertThat(route.callee()).isEqualTo("app.get");
    assertThat(route.receiver()).isEqualTo("app");
    assertThat(route.positional(0).flatMap(PySource.Arg::string)).contains("/health");
    assertThat(route.kwarg("status_code").map(a -> a.integer().getAsInt())).contains(200);
  }

  @Test
  void callsInsideFunctionsKnowTheirFunctionAndMainBlock() {
    PySource s = PySourceScanner.scan("app.py", """
        from flask import Flask

        def create_app():
            app = Flask(__name__)
            return app

        if __name__ == "__main__":
            create_app().run(host="0.0.0.0", port=5000)
        x = Other()
        """);
    Call flask = s.calls().stream().filter(c -> c.callee().equals("Flask")).findFirst()
        .orElseThrow();
    assertThat(flask.function()).isEqualTo("create_app");
    assertThat(flask.assignedTo()).isEqualTo("app");
    assertThat(s.hasMainGuard()).isTrue();
    Call factory = s.calls().stream().filter(c -> c.callee().equals("create_app")).findFirst()
        .orElseThrow();
    assertThat(factory.inMainBlock()).isTrue();
    Call other = s.calls().stream().filter(c -> c.callee().equals("Other")).findFirst()
        .orElseThrow();
    assertThat(other.inMainBlock()).isFalse();
    assertThat(other.function()).isNull();
  }

  @Test
  void wordsInDocstringsAndCommentsAreIgnored() {
    PySource s = PySourceScanner.scan("x.py", """
        \"\"\"Run with: app = FastAPI()\"\"\"
        # app = Flask(__name__)
        value = "uvicorn.run(app)"
        """);
    assertThat(s.calls()).isEmpty();
    assertThat(s.assignment("value").flatMap(PySource.Assignment::string))
        .contains("uvicorn.run(app)");
  }

  @Test
  void environReadsAndSemicolonsAndClasses() {
    PySource s = PySourceScanner.scan("srv.py", """
        import os; from http.server import BaseHTTPRequestHandler
        PORT = int(os.environ["PORT"])
        class Handler(BaseHTTPRequestHandler, object):
            pass
        if "__main__" == __name__: serve(PORT)
        """);
    assertThat(s.calls()).extracting(Call::callee)
        .contains("int", "os.environ.__getitem__", "serve");
    assertThat(s.classes()).singleElement()
        .satisfies(k -> assertThat(k.bases()).containsExactly("BaseHTTPRequestHandler", "object"));
    assertThat(s.calls().stream().filter(c -> c.callee().equals("serve")).findFirst()
        .orElseThrow().inMainBlock()).isTrue();
    assertThat(s.hasMainGuard()).isTrue();
  }
}
