package fr.relais.application.platform;

import java.time.Duration;

/** The controllable side of the clock: an offset shared by every node, used only in test mode. */
public interface ClockControl {
  boolean isControlEnabled();

  Duration offset();

  void setOffset(Duration offset);
}
