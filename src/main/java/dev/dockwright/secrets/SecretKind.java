package dev.dockwright.secrets;

/** What a secret finding is; the only thing reports say about it besides where it is. */
public enum SecretKind {
  PRIVATE_KEY("a", "private key"),
  AWS_ACCESS_KEY_ID("an", "AWS access key id"),
  AWS_SECRET_ACCESS_KEY("an", "AWS secret access key"),
  GITHUB_TOKEN("a", "GitHub token"),
  GITLAB_TOKEN("a", "GitLab token"),
  SLACK_TOKEN("a", "Slack token"),
  SLACK_WEBHOOK("a", "Slack webhook URL"),
  GOOGLE_API_KEY("a", "Google API key"),
  STRIPE_KEY("a", "Stripe live key"),
  HUGGING_FACE_TOKEN("a", "Hugging Face token"),
  OPENAI_KEY("an", "OpenAI API key"),
  ANTHROPIC_KEY("an", "Anthropic API key"),
  NPM_TOKEN("an", "npm token"),
  PYPI_TOKEN("a", "PyPI token"),
  JWT("a", "JSON Web Token"),
  URL_CREDENTIALS("", "credentials in a URL"),
  ASSIGNMENT("a", "password/token assignment"),
  DOCKER_AUTH("", "registry credentials (.docker/config.json)"),
  DOTENV_FILE("a", ".env file"),
  SSH_KEY_FILE("an", "SSH private key file"),
  SECRET_NAMED_VALUE("a", "secret-named variable with a value");

  private final String article;
  private final String label;

  SecretKind(String article, String label) {
    this.article = article;
    this.label = label;
  }

  /** {@code GitHub token}: for lists and parentheses. */
  public String label() {
    return label;
  }

  /** {@code a GitHub token}, {@code credentials in a URL}: for a sentence. */
  public String inSentence() {
    return article.isEmpty() ? label : article + " " + label;
  }
}
