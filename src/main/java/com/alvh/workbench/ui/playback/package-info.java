/** The Playback tab: the scenario replayed on real history, day by day. */
package com.alvh.workbench.ui.playback;
