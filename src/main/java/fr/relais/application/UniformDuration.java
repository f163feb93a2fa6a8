package fr.relais.application;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An application operation whose duration must not tell whether what it looked up exists (E4, S40):
 * whatever the outcome — success, refusal, bad input — it returns no sooner than {@link #millis}
 * after it began, its transaction committed or rolled back first (the padding wraps the
 * transaction, so nothing stays locked while it waits). The floor is set above the operation's own
 * work on a loaded node, so that the extra work one case does (a journal entry, an alert to
 * followers) is hidden in it; docs/identity.md says how this is measured.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface UniformDuration {

  /** The least duration of the operation, in milliseconds. */
  @Nonbinding
  long millis() default 60;
}
