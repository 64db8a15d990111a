/** The ALVH policy: hedge layers, triggers, sizing, exits and the reserve. */
package com.alvh.workbench.hedge;
