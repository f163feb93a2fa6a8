package fr.relais.application;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.io.Serializable;
import java.util.concurrent.TimeUnit;

/**
 * Pads an {@link UniformDuration} operation to its least duration (E4, S40). Its priority puts it
 * outside the transaction interceptor (Narayana's is {@code PLATFORM_BEFORE + 200}): the waiting
 * happens after the commit or the rollback. Holds no state.
 */
@Interceptor
@UniformDuration
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class UniformDurationInterceptor implements Serializable {

  private static final long serialVersionUID = 1L;

  @AroundInvoke
  public Object pad(InvocationContext context) throws Exception {
    long start = System.nanoTime();
    try {
      return context.proceed();
    } finally {
      long left = TimeUnit.MILLISECONDS.toNanos(floor(context)) - (System.nanoTime() - start);
      if (left > 0) {
        try {
          TimeUnit.NANOSECONDS.sleep(left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
  }

  private static long floor(InvocationContext context) {
    UniformDuration on = context.getMethod().getAnnotation(UniformDuration.class);
    if (on == null) {
      on = context.getMethod().getDeclaringClass().getAnnotation(UniformDuration.class);
    }
    return on == null ? 0 : on.millis();
  }
}
