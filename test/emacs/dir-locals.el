;; Copied next to the test article as .dir-locals.el: the settings a user gives the server through
;; eglot (workspace/configuration, section "newsmark"). speaker-unused is off, so the test sees
;; whether the server read them: the article has an unused speaker.
((newsmark-mode . ((eglot-workspace-configuration
                    . (:newsmark (:rules (:speaker-unused "off")))))))
