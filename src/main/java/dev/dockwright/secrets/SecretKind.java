package dev.dockwright.secrets;

/** What a secret finding is; the only thing reports say about it besides where it is. */
public enum SecretKind {
  PRIVATE_KEY("private key"),
  AWS_ACCESS_KEY_ID("AWS access key id"),
  AWS_SECRET_ACCESS_KEY("AWS secret access key"),
  GITHUB_TOKEN("GitHub token"),
  SLACK_TOKEN("Slack token"),
  SLACK_WEBHOOK("Slack webhook URL"),
  GOOGLE_API_KEY("Google API key"),
  STRIPE_KEY("Stripe live key"),
  HUGGING_FACE_TOKEN("Hugging Face token"),
  OPENAI_KEY("OpenAI API key"),
  URL_CREDENTIALS("credentials in a URL"),
  ASSIGNMENT("password/token assignment"),
  DOCKER_AUTH("registry credentials (.docker/config.json)"),
  DOTENV_FILE(".env file"),
  SSH_KEY_FILE("SSH private key file"),
  SECRET_NAMED_VALUE("secret-named variable with a value");

  private final String label;

  SecretKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
