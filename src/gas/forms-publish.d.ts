// Form.isPublished / Form.setPublished, which @types/google-apps-script (older than the feature) does not declare.
//
// Google's "Publish and manage responders on the form" guide
// (https://developers.google.com/workspace/forms/api/guides/publish-form) gives the Apps Script way:
//   form.setPublished(true);   // "Publish the form. This also enables accepting responses."
//   form.isPublished();
// Only forms that have publish settings support publishing ("legacy" forms made before the change do not). Since the
// "API changes to Google Forms" guide (https://developers.google.com/workspace/forms/api/guides/api-changes-to-google-forms),
// "forms created by the API after June 30, 2026 will be created in an unpublished state. You must publish the forms
// before they can accept responses."
//
// Exactly these two methods, nothing else: the emulator is typed against these declarations and may offer only what
// they declare. A script file (no import/export), so that it merges into the global namespace of @types.
declare namespace GoogleAppsScript {
  namespace Forms {
    interface Form {
      /** Whether the form is published (visible to responders). */
      isPublished(): boolean;
      /** Publishes (true) or unpublishes (false) the form; publishing also makes it accept responses. */
      setPublished(enabled: boolean): Form;
    }
  }
}
