/**
 * The given code's own tests: that {@link Subjects} keeps every rule its users rely on (the
 * messages steps 2 to 5 show, nats-server's rules step 8's broker follows) and allocates nothing
 * while it matches.
 */
package workshop.given;
