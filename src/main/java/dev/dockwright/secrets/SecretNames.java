package dev.dockwright.secrets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a variable name sounds like it holds a secret: the one answer for lint (DW2004 on
 * Dockerfile ENV/ARG, DW6003 on Compose environments) and verify (image env, build history,
 * structure-test metadata, configuration assignments). BuildKit's SecretsUsedInArgOrEnv and
 * hadolint's DL3064 keep their own lists: they reproduce those tools.
 *
 * <p>A name is read as words ({@code OPENAI_API_KEY}, {@code openaiApiKey}: openai, api, key). Its
 * last secret word is what the variable holds; a word after it says the variable is about the
 * secret, not the secret ({@code PASSWORD_FILE}, {@code TOKEN_TTL}, {@code API_KEY_ID}), while a
 * word before it only says whose secret it is ({@code EMAIL_HOST_PASSWORD},
 * {@code DB_USER_PASSWORD}). A few words deny a secret wherever they are ({@code PUBLIC_KEY},
 * {@code ENABLE_AUTH}).
 */
public final class SecretNames {

  /** Words that are a secret on their own. */
  private static final Set<String> SECRET_WORDS = Set.of("password", "passwd", "pwd", "pword",
      "passphrase", "secret", "token", "apikey", "credential", "credentials", "privatekey",
      "accesskey", "secretkey", "pat");

  /** Endings that make one run-together word a secret: {@code DBPASSWORD}, {@code CSRFTOKEN}. */
  private static final List<String> SECRET_ENDINGS = List.of("password", "passwd", "passphrase",
      "secret", "token", "apikey");

  /**
   * Words that mean the value is about a secret, not the secret itself, when they follow it:
   * where it is, what it is called, how long it lives, how it is checked.
   */
  private static final Set<String> ABOUT_THE_SECRET = Set.of("file", "path", "dir", "location",
      "id", "name", "header", "type", "length", "len", "size", "algorithm", "alg", "format",
      "prefix", "fingerprint", "url", "uri", "host", "port", "mode", "sock", "socket", "expire",
      "expires", "expiry", "ttl", "timeout", "lifetime", "max", "min", "count", "limit", "env",
      "var", "field", "param", "policy", "rotation", "version", "provider", "backend", "store",
      "method", "scope", "user", "username", "login", "email", "hint", "salt", "rounds", "cost",
      "endpoint", "region", "keyserver", "keyring", "hash", "reset", "rules", "command", "cmd", "arn", "tokenizer",
      "tokenizers", "tokens", "keys");

  /**
   * Words that deny a secret wherever they stand: public halves ({@code PUBLIC_TOKEN}) and
   * switches. ({@code GPG_KEY}, a fingerprint, is no secret because gpg does not qualify a key;
   * {@code GPG_PASSPHRASE} is one.)
   */
  private static final Set<String> NEVER_A_SECRET = Set.of("public", "pub", "enable", "enabled",
      "disable", "disabled", "require", "required");

  /**
   * What makes "key" a secret when it comes right after ({@code API_KEY}, {@code FERNET_KEY});
   * {@code SORT_KEY}, {@code SITE_KEY} (reCAPTCHA's public half) or {@code Filters__0__Key} are
   * not. A closed list: on the corpus an open one (any {@code *_KEY}) only added false alarms.
   */
  private static final Set<String> KEY_QUALIFIERS = Set.of("api", "secret", "private", "access",
      "auth", "encryption", "encrypt", "signing", "sign", "master", "client", "app", "license",
      "licence", "session", "jwt", "hmac", "crypt", "crypto", "cipher", "aes", "fernet", "shared",
      "storage", "ssh", "deploy", "django", "flask", "stripe", "openai", "anthropic", "gemini",
      "mistral", "cohere", "groq", "hf", "huggingface", "pinecone", "wandb", "github", "gitlab",
      "slack", "twilio", "sendgrid", "mailgun", "mapbox", "aws", "azure", "service", "account",
      "admin", "root", "db", "database", "cookie", "webhook");

  /** Words that are a secret only as the last word: {@code BASIC_AUTH}, not {@code AUTH_DOMAIN}. */
  private static final Set<String> SECRET_AS_LAST_WORD = Set.of("auth");

  private SecretNames() {}

  /** {@code DB_PASSWORD}, {@code OPENAI_API_KEY}, {@code secretKey}; not {@code KEY_FILE}. */
  public static boolean secretName(String name) {
    List<String> words = words(name);
    int head = -1;
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (NEVER_A_SECRET.contains(w)) {
        return false;
      }
      if (secretWord(words, i)) {
        head = i;
      }
    }
    if (head < 0) {
      return false;
    }
    for (String w : words.subList(head + 1, words.size())) {
      if (ABOUT_THE_SECRET.contains(w)) {
        return false;
      }
    }
    return true;
  }

  private static boolean secretWord(List<String> words, int i) {
    String w = words.get(i);
    if (SECRET_WORDS.contains(w)) {
      return true;
    }
    if (w.equals("key")) {
      return words.size() == 1 || i > 0 && KEY_QUALIFIERS.contains(words.get(i - 1));
    }
    if (SECRET_AS_LAST_WORD.contains(w)) {
      return i == words.size() - 1;
    }
    return SECRET_ENDINGS.stream().anyMatch(w::endsWith) && !ABOUT_THE_SECRET.contains(w);
  }

  /** {@code AWS_SECRET_ACCESS_KEY} and {@code awsSecretKey} to lower-case words. */
  static List<String> words(String name) {
    List<String> out = new ArrayList<>();
    for (String part : name.split("[_.\\-\\s]+")) {
      for (String w : part.split("(?<=[a-z0-9])(?=[A-Z])")) {
        if (!w.isEmpty()) out.add(w.toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }
}
