//! User-agent settings: `user_agent` (replaces the whole header) and `user_agent_extra`
//! (explicit only, as in botocore), and `user_agent_appid` (explicit, `AWS_SDK_UA_APP_ID`,
//! profile `sdk_ua_app_id`).

use crate::config::loader::SharedConfig;
use crate::config::settings::USER_AGENT_APPID;

/// The user-agent part of a [`ClientConfig`](crate::config::ClientConfig).
pub(super) struct UserAgentSettings {
    pub(super) user_agent: Option<String>,
    pub(super) user_agent_extra: Option<String>,
    pub(super) user_agent_appid: Option<String>,
}

impl SharedConfig {
    pub(super) fn user_agent_settings(&self) -> UserAgentSettings {
        let c = &self.config;
        UserAgentSettings {
            user_agent: c.user_agent.clone(),
            user_agent_extra: c.user_agent_extra.clone(),
            user_agent_appid: self.string(&c.user_agent_appid, &USER_AGENT_APPID),
        }
    }
}
