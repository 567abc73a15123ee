import { signupForm } from '../site.config.ts';

/** The email sign-up form, when the site configures one (`site.signup` or SIGNUP_ENDPOINT); the page policy allows the same endpoint. */
export const signup = signupForm(process.env);
